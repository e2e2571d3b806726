using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Validation;

/// <summary>
/// One validation rule. A new instance runs for each document; the validator walks the document once and
/// calls every rule on the node kinds it lists, with the type information of the position in the context.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The node kinds whose <see cref="Enter"/> and <see cref="Leave"/> this rule wants.</summary>
    public abstract IReadOnlyList<NodeKind> Visits { get; }

    /// <summary>Called on entering a node; returning false skips the node's subtree (and its Leave) for this rule only.</summary>
    public virtual bool Enter(Node node, ValidationContext context) => true;

    public virtual void Leave(Node node, ValidationContext context)
    {
    }
}
