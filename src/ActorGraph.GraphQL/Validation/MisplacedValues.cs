using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// A list value where no list is expected, or an object value where no input object is expected: reported
/// once by <see cref="Rules.ValuesOfCorrectType"/>, and not looked into by any value rule (as graphql-js).
/// </summary>
internal static class MisplacedValues
{
    public static bool IsMisplaced(Node node, TypeInfo typeInfo) => node switch
    {
        ListValueNode => typeInfo.ParentInputType?.GetNullableType() is not ListType,
        ObjectValueNode => typeInfo.InputType?.GetNamedType() is not InputObjectType,
        _ => false,
    };
}
