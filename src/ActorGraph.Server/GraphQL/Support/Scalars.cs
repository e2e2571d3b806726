using System.Globalization;
using ActorGraph.Domain.Time;
using ActorGraph.GraphQL.Execution;

namespace ActorGraph.Server.GraphQL.Support;

/// <summary>
/// The custom scalars of the schema: <c>Date</c>, <c>FuzzyDate</c> and <c>DateTime</c>. Inputs arrive as text and are
/// read by <see cref="Dates"/> in the resolvers, so that a date that does not exist is reported like any other bad
/// input (<c>INVALID_INPUT</c>, naming the field) rather than as a request the engine refuses to run.
/// </summary>
public static class Scalars
{
    public static LoggingSchemaBuilder AddScalars(this LoggingSchemaBuilder builder) => builder
        .Scalar("Date", serialize: value => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), parse: Text("Date"))
        .Scalar("FuzzyDate", serialize: value => ((FuzzyDate)value).ToString(), parse: Text("FuzzyDate"))
        .Scalar("DateTime", serialize: value => ((DateTimeOffset)value).ToString("O", CultureInfo.InvariantCulture), parse: Text("DateTime"));

    private static Func<object?, object?> Text(string scalar) => input =>
        input as string ?? throw ApiErrors.InvalidInput($"A {scalar} is written as a string.");
}
