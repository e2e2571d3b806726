namespace ActorGraph.Domain.Errors;

/// <summary>
/// A failure the caller can act on. <see cref="Code"/> is what the API reports as <c>extensions.code</c>.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public string Code { get; }
}

/// <summary>A record the request names does not exist.</summary>
public sealed class NotFoundException(string message) : DomainException("NOT_FOUND", message);

/// <summary>The request contradicts what is stored (an id or alias already taken, a merge already undone).</summary>
public sealed class ConflictException(string message, Exception? inner = null) : DomainException("CONFLICT", message, inner);

/// <summary>The store cannot be reached or refused the request for reasons of its own.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : DomainException("STORE_UNAVAILABLE", message, inner);
