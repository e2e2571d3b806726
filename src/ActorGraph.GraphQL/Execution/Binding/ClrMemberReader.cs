using System.Linq.Expressions;
using System.Reflection;

namespace ActorGraph.GraphQL.Execution.Binding;

/// <summary>Compiled readers of a CLR type's public property or parameterless method, matched to a field name ignoring case.</summary>
internal static class ClrMemberReader
{
    public static Func<object?, object?>? TryCreate(Type type, string fieldName)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var parent = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parent, type);
        Expression? read = type.GetProperty(fieldName, Public) is { CanRead: true } property && property.GetIndexParameters().Length == 0
            ? Expression.Property(typed, property)
            : type.GetMethod(fieldName, Public, Type.EmptyTypes) is { ReturnType: var returns } method && returns != typeof(void)
                ? Expression.Call(typed, method)
                : null;
        return read is null
            ? null
            : Expression.Lambda<Func<object?, object?>>(Expression.Convert(read, typeof(object)), parent).Compile();
    }
}
