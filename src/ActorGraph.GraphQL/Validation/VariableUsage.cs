using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// A variable used as (part of) an argument value: the input type expected where it stands, whether that
/// argument or input field has a default value, and the input type of the enclosing list or object value.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool LocationHasDefault, GraphQLType? ParentType);
