using ActorGraph.GraphQL.Validation.Rules;

namespace ActorGraph.GraphQL.Validation;

/// <summary>The rules of the specification's Validation section (September 2025), in graphql-js's order.</summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        () => new ExecutableDefinitions(),
        () => new OperationTypeExistence(),
        () => new OperationNameUniqueness(),
        () => new LoneAnonymousOperation(),
        () => new SingleRootField(),
        () => new FragmentSpreadTypeExistence(),
        () => new FragmentsOnCompositeTypes(),
        () => new VariablesAreInputTypes(),
        () => new LeafFieldSelections(),
        () => new FieldSelections(),
        () => new FragmentNameUniqueness(),
        () => new FragmentSpreadTargetDefined(),
        () => new FragmentsMustBeUsed(),
        () => new FragmentSpreadIsPossible(),
        () => new FragmentSpreadsMustNotFormCycles(),
        () => new VariableUniqueness(),
        () => new AllVariableUsesDefined(),
        () => new AllVariablesUsed(),
        () => new DirectivesAreDefined(),
        () => new DirectivesAreInValidLocations(),
        () => new DirectivesAreUniquePerLocation(),
        () => new ArgumentNames(),
        () => new ArgumentUniqueness(),
        () => new ValuesOfCorrectType(),
        () => new InputObjectFieldNames(),
        () => new InputObjectRequiredFields(),
        () => new RequiredArguments(),
        () => new AllVariableUsagesAreAllowed(),
        () => new OverlappingFieldsCanBeMerged(),
        () => new InputObjectFieldUniqueness(),
    ];
}
