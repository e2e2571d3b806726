using System.Runtime.CompilerServices;
using ActorGraph.GraphQL.Language;
using ActorGraph.GraphQL.Types;

namespace ActorGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// FieldsInSetCanMerge and SameResponseShape (§5.3.2) without quadratic blow-up, following graphql-js's
/// strategy: fields are grouped by response name and compared only within a group; a fragment is collected
/// once per parent type, compared once with a given set of fields and once with another fragment; and
/// interchangeable selections are compared once per bucket (see <see cref="ResponseGroup"/>). A work budget
/// bounds adversarial documents.
/// </summary>
internal sealed class ConflictFinder(ValidationContext context)
{
    private const int MaxConflictNodes = 20;
    private const int MaxReasonLength = 1000;
    private const int WorkBudget = 500_000;

    private readonly Dictionary<(SelectionSetNode, NamedType?), CollectedFields> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly ValueKeys _valueKeys = new();
    private int _remainingWork = WorkBudget;

    /// <summary>Every conflict among the fields of one selection set (fragments expanded).</summary>
    public List<FieldConflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var fields = Collect(parentType, selectionSet);
        foreach (var group in fields.Groups)
        {
            if (group.Fields.Count > 1)
            {
                CompareWithin(conflicts, group);
            }
        }

        var names = fields.FragmentNames;
        if (names.Count > 0 && (fields.Groups.Count > 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CompareFieldsWithFragment(conflicts, false, fields, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CompareFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CompareWithin(List<FieldConflict> conflicts, ResponseGroup group)
    {
        // Selections in one bucket are interchangeable and never conflict among themselves.
        var buckets = group.Buckets(_valueKeys);
        for (var i = 0; i < buckets.Count; i++)
        {
            for (var j = i + 1; j < buckets.Count; j++)
            {
                CompareBuckets(conflicts, false, group.ResponseName, buckets[i], buckets[j]);
            }
        }
    }

    private void CompareBuckets(List<FieldConflict> conflicts, bool exclusive, string responseName, List<MergeCandidate> first, List<MergeCandidate> second)
    {
        var conflict = FindConflict(exclusive, responseName, first[0], second[0]);
        if (conflict is null)
        {
            return;
        }

        Spend(first.Count * second.Count);
        if (first.Count == 1 && second.Count == 1)
        {
            conflicts.Add(conflict);
            return;
        }

        foreach (var a in first)
        {
            foreach (var b in second)
            {
                conflicts.Add(conflict with { Fields1 = [a.Node], Fields2 = [b.Node] });
            }
        }
    }

    private void CompareFieldsWithFragment(List<FieldConflict> conflicts, bool exclusive, CollectedFields fields, string fragmentName)
    {
        // An explicit work list follows the fragments the fragment spreads, so long chains stay off the call stack.
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.TryPop(out var name))
        {
            Spend(1);
            if (fields.Groups.Count == 0)
            {
                return;
            }

            if (fields.ComparedFragments.TryGetValue(name, out var comparedExclusive) && (!comparedExclusive || exclusive))
            {
                continue;
            }

            fields.ComparedFragments[name] = exclusive;
            if (context.GetFragment(name) is not { } fragment)
            {
                continue;
            }

            var fragmentFields = CollectFragment(fragment);
            if (ReferenceEquals(fields, fragmentFields))
            {
                continue;
            }

            CompareBetween(conflicts, exclusive, fields, fragmentFields);
            for (var i = fragmentFields.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push(fragmentFields.FragmentNames[i]);
            }
        }
    }

    private void CompareFragments(List<FieldConflict> conflicts, bool exclusive, string firstName, string secondName)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((firstName, secondName));
        while (pending.TryPop(out var pair))
        {
            var (name1, name2) = pair;
            Spend(2);
            if (name1 == name2 || WereCompared(name1, name2, exclusive))
            {
                continue;
            }

            _comparedFragmentPairs[(name1, name2)] = exclusive;
            if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
            {
                continue;
            }

            var fields1 = CollectFragment(fragment1);
            var fields2 = CollectFragment(fragment2);
            CompareBetween(conflicts, exclusive, fields1, fields2);
            for (var i = fields1.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((fields1.FragmentNames[i], name2));
            }

            for (var i = fields2.FragmentNames.Count - 1; i >= 0; i--)
            {
                pending.Push((name1, fields2.FragmentNames[i]));
            }
        }
    }

    /// <summary>graphql-js's PairSet: a pair compared without exclusivity also answers for an exclusive comparison.</summary>
    private bool WereCompared(string name1, string name2, bool exclusive)
    {
        return Has(name1, name2) || Has(name2, name1);

        bool Has(string a, string b) => _comparedFragmentPairs.TryGetValue((a, b), out var wasExclusive) && (exclusive || !wasExclusive);
    }

    private List<FieldConflict> FindBetweenSubSelections(bool exclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CompareBetween(conflicts, exclusive, fields1, fields2);
        foreach (var name in fields2.FragmentNames)
        {
            CompareFieldsWithFragment(conflicts, exclusive, fields1, name);
        }

        foreach (var name in fields1.FragmentNames)
        {
            CompareFieldsWithFragment(conflicts, exclusive, fields2, name);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                CompareFragments(conflicts, exclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CompareBetween(List<FieldConflict> conflicts, bool exclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0)
        {
            return;
        }

        if (!fields1.Overlaps.TryGetValue(fields2, out var overlaps))
        {
            overlaps = [];
            foreach (var group in fields1.Groups)
            {
                Spend(1);
                if (fields2.GroupsByName.TryGetValue(group.ResponseName, out var other))
                {
                    overlaps.Add((group, other));
                }
            }

            fields1.Overlaps[fields2] = overlaps;
        }

        foreach (var (mine, theirs) in overlaps)
        {
            foreach (var first in mine.Buckets(_valueKeys))
            {
                foreach (var second in theirs.Buckets(_valueKeys))
                {
                    CompareBuckets(conflicts, exclusive, mine.ResponseName, first, second);
                }
            }
        }
    }

    private FieldConflict? FindConflict(bool parentsExclusive, string responseName, MergeCandidate field1, MergeCandidate field2)
    {
        Spend(2);
        var exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && Equals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!exclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new FieldConflict(responseName, $"\"{name1}\" and \"{name2}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(field1, field2))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
        {
            return null;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            context.Abort("The document nests fields too deeply to check that they can be merged. Validation aborted.");
        }

        var subConflicts = FindBetweenSubSelections(exclusive, type1?.GetNamedType(), node1.SelectionSet, type2?.GetNamedType(), node2.SelectionSet);
        return subConflicts.Count == 0 ? null : Combine(subConflicts, responseName, node1, node2);
    }

    private bool SameArguments(MergeCandidate field1, MergeCandidate field2)
    {
        var arguments1 = field1.Node.Arguments;
        if (arguments1.Count != field2.Node.Arguments.Count)
        {
            return false;
        }

        var values2 = field2.Arguments;
        foreach (var argument in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument.Name.Value, out var value2) || _valueKeys.Of(argument.Value) != _valueKeys.Of(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two types conflict when no value could be of both: different list or non-null shape, or different leaf types.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
                default:
                    return type1.IsLeafType() || type2.IsLeafType();
            }
        }
    }

    private static FieldConflict Combine(List<FieldConflict> subConflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var reason = string.Empty;
        foreach (var conflict in subConflicts)
        {
            reason += (reason.Length == 0 ? string.Empty : " and ") + $"subfields \"{conflict.ResponseName}\" conflict because {conflict.Reason}";
            if (reason.Length > MaxReasonLength)
            {
                reason = reason[..MaxReasonLength] + "...";
                break;
            }
        }

        return new FieldConflict(responseName, reason, ConflictNodes(node1, subConflicts, c => c.Fields1), ConflictNodes(node2, subConflicts, c => c.Fields2));
    }

    /// <summary>The enclosing field, then the nested conflicting fields (the last ones of each, at most 20 nodes in all, as graphql-js).</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> subConflicts, Func<FieldConflict, IReadOnlyList<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in subConflicts)
        {
            var fields = side(conflict);
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((selectionSet, parentType), out var cached))
        {
            return cached;
        }

        var fields = new CollectedFields();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(fields, seenFragments, parentType, selectionSet);
        _collected[(selectionSet, parentType)] = fields;
        return fields;
    }

    private void CollectInto(CollectedFields fields, HashSet<string> seenFragments, NamedType? parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(new MergeCandidate(parentType, field, (parentType as ComplexOutputType)?.GetField(field.Name.Value)));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value))
                    {
                        fields.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(fields, seenFragments, type, inline.SelectionSet);
                    break;
            }
        }
    }

    private void Spend(int work)
    {
        _remainingWork -= work;
        if (_remainingWork < 0)
        {
            context.Abort("The document is too complex to check that its fields can be merged. Validation aborted.");
        }
    }
}
