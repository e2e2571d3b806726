using ActorGraph.Domain.Ports;
using ActorGraph.Domain.Relationships;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Inputs;
using ActorGraph.Server.GraphQL.Loaders;
using ActorGraph.Server.GraphQL.Support;
using ActorGraph.Server.GraphQL.Views;

namespace ActorGraph.Server.GraphQL.Resolvers;

/// <summary><c>actor</c>, <c>actors</c> and <c>mediators</c>.</summary>
public static class ActorQueries
{
    public const string Mediates = "MEDIATES";

    public static LoggingSchemaBuilder AddActorQueries(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Query.actor", async ctx =>
            await ctx.Loader<ActorLoader>().LoadAsync(GlobalId.KeyOf(ctx.Argument<string>("id"), GlobalId.Actor, "id")))
        .ResolveAsync("Query.actors", async ctx =>
        {
            var query = ActorQuery(ctx);
            return await Paging.FromStoreAsync(
                page => ctx.Store().FindActorsAsync(query with { Page = page }, ctx.CancellationToken),
                ctx.Argument<int>("first"),
                ctx.Argument<string?>("after"));
        })
        .ResolveAsync("Query.mediators", async ctx =>
        {
            var parties = await ctx.RequireActorsAsync(ctx.Argument<IReadOnlyList<string>>("between"), "between");
            var filter = new EdgeFilter
            {
                Types = new HashSet<string>([Mediates], StringComparer.Ordinal),
                Direction = Direction.In,
                Window = FilterMapping.Window(ctx.Argument<DateWindowInput?>("window")),
                Modalities = ctx.Argument<IReadOnlyList<Modality>?>("modalities") is { Count: > 0 } m ? m.ToHashSet() : null,
            };
            var claims = await AllRelationshipsAsync(ctx, new RelationshipQuery { Filter = filter, ActorIds = parties });
            return (IReadOnlyList<MediationView>)[.. claims
                .Where(r => !parties.Contains(r.SourceId))
                .GroupBy(r => r.SourceId, StringComparer.Ordinal)
                .Where(g => parties.All(p => g.Any(r => r.TargetId == p)))
                .Select(g => new MediationView(
                    g.Key,
                    parties,
                    [.. g.OrderBy(r => r.EffectiveDate).ThenBy(r => r.Id, StringComparer.Ordinal)],
                    g.Min(r => r.EffectiveDate),
                    g.Max(r => r.EffectiveDate)))
                .OrderByDescending(m => m.Relationships.Count)
                .ThenBy(m => m.MediatorId, StringComparer.Ordinal)];
        })
        .BindType<MediationView>("Mediation")
        .ResolveAsync("Mediation.mediator", async ctx => await ctx.Loader<ActorLoader>().LoadAsync(ctx.Parent<MediationView>().MediatorId))
        .ResolveAsync("Mediation.parties", async ctx => await ctx.Loader<ActorLoader>().LoadManyAsync(ctx.Parent<MediationView>().PartyIds));

    /// <summary>Every relationship a query matches, paging through the store.</summary>
    public static async Task<IReadOnlyList<Relationship>> AllRelationshipsAsync(ResolverContext ctx, RelationshipQuery query)
    {
        var all = new List<Relationship>();
        string? after = null;
        do
        {
            var page = await ctx.Store().FindRelationshipsAsync(query with { Page = new PageRequest(PageRequest.MaxPageSize, after) }, ctx.CancellationToken);
            all.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return all;
    }

    private static ActorQuery ActorQuery(ResolverContext ctx)
    {
        var filter = ctx.Argument<ActorFilterInput?>("filter");
        var order = ctx.Argument<OrderInput?>("orderBy");
        var actsAs = filter?.ActsAs;
        if (actsAs is not null && !ctx.Vocabulary().Contains(actsAs))
        {
            throw ApiErrors.InvalidInput($"'{actsAs}' is not a relationship type; the query 'vocabulary' lists them.");
        }

        return new ActorQuery
        {
            Search = string.IsNullOrWhiteSpace(ctx.Argument<string?>("search")) ? null : ctx.Argument<string>("search"),
            Kinds = filter?.Kinds is { Count: > 0 } kinds ? kinds.ToHashSet() : null,
            Countries = filter?.Countries is { Count: > 0 } countries ? countries.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal) : null,
            ActsAs = actsAs,
            ActiveIn = FilterMapping.Window(filter?.ActiveIn, "activeIn"),
            OrderBy = order?.Field switch
            {
                null or "NAME" => ActorOrder.Name,
                "KEY" => ActorOrder.Id,
                _ => ActorOrder.Degree,
            },
            Direction = order?.Direction == "DESC" ? SortDirection.Descending : SortDirection.Ascending,
        };
    }
}
