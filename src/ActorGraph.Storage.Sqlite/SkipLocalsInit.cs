using System.Runtime.CompilerServices;

// Text is bound to SQLite through buffers on the stack, a kilobyte each, about twenty per imported relationship; every
// buffer is written before it is read, so clearing them first was pure cost.
[module: SkipLocalsInit]
