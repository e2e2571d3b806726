using ActorGraph.Domain.Actors;
using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Ports;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary><c>createActor</c>, <c>updateActor</c>, <c>addAlias</c>, <c>mergeActors</c> and <c>undoMerge</c>.</summary>
public static class ActorMutations
{
    public static LoggingSchemaBuilder AddActorMutations(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Mutation.createActor", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => CreateAsync(ctx, ctx.Argument<CreateActorInput>("input")));
        })
        .BindType<CreateActorPayload>("CreateActorPayload")
        .ResolveAsync("Mutation.updateActor", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => UpdateAsync(ctx, ctx.Argument<UpdateActorInput>("input")));
        })
        .BindType<UpdateActorPayload>("UpdateActorPayload")
        .ResolveAsync("Mutation.addAlias", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => AddAliasAsync(ctx, ctx.Argument<AddAliasInput>("input")));
        })
        .BindType<AddAliasPayload>("AddAliasPayload")
        .ResolveAsync("Mutation.mergeActors", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => MergeAsync(ctx, ctx.Argument<MergeActorsInput>("input")));
        })
        .BindType<MergeActorsPayload>("MergeActorsPayload")
        .ResolveAsync("Mutation.undoMerge", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => UndoMergeAsync(ctx, ctx.Argument<UndoMergeInput>("input")));
        })
        .BindType<UndoMergePayload>("UndoMergePayload");

    private static async Task<CreateActorPayload> CreateAsync(ResolverContext ctx, CreateActorInput input)
    {
        var name = InputCheck.Required(input.Name, "name");
        var key = InputCheck.Key(input.Key, "key", () => name);
        var aliases = InputCheck.List(input.Aliases, "aliases")
            .Select((a, i) => InputCheck.Required(a, $"aliases[{i}]"))
            .Where(a => !a.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var actor = new Actor
        {
            Id = key,
            Name = name,
            Aliases = aliases,
            Kind = input.Kind,
            Country = InputCheck.Country(input.Country),
            Description = InputCheck.Optional(input.Description, "description"),
            ExternalIds = ExternalIds(input.ExternalIds),
        };

        if ((await ctx.Store().GetActorsAsync([key], ctx.CancellationToken)).ContainsKey(key))
        {
            throw ApiErrors.Conflict($"An actor with key '{key}' already exists.");
        }

        await EnsureNamesFreeAsync(ctx, [name, .. aliases], key);
        await ctx.Store().ApplyAsync([new UpsertActor(actor)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new CreateActorPayload(await ReloadAsync(ctx, key));
    }

    private static async Task<UpdateActorPayload> UpdateAsync(ResolverContext ctx, UpdateActorInput input)
    {
        var current = await RequireAsync(ctx, input.Id, "id");
        var name = input.Name is null ? current.Name : InputCheck.Required(input.Name, "name");
        var updated = current with
        {
            Name = name,
            Kind = input.Kind ?? current.Kind,
            Country = input.Country is null ? current.Country : InputCheck.Country(input.Country),
            Description = input.Description is null ? current.Description : InputCheck.Optional(input.Description, "description"),
            ExternalIds = input.ExternalIds is null ? current.ExternalIds : ExternalIds(input.ExternalIds),
        };
        if (!name.Equals(current.Name, StringComparison.OrdinalIgnoreCase))
        {
            await EnsureNamesFreeAsync(ctx, [name], current.Id);
        }

        await ctx.Store().ApplyAsync([new UpsertActor(updated)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new UpdateActorPayload(await ReloadAsync(ctx, current.Id));
    }

    private static async Task<AddAliasPayload> AddAliasAsync(ResolverContext ctx, AddAliasInput input)
    {
        var actor = await RequireAsync(ctx, input.Actor, "actor");
        var alias = InputCheck.Required(input.Alias, "alias");
        if (actor.Aliases.Prepend(actor.Name).Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            throw ApiErrors.Conflict($"'{alias}' is already a name or alias of '{actor.Id}'.");
        }

        if (actor.Aliases.Count >= InputCheck.MaxListLength)
        {
            throw ApiErrors.InvalidInput($"'{actor.Id}' already has {actor.Aliases.Count} aliases; at most {InputCheck.MaxListLength} are accepted.");
        }

        await EnsureNamesFreeAsync(ctx, [alias], actor.Id);
        await ctx.Store().ApplyAsync([new UpsertActor(actor with { Aliases = [.. actor.Aliases, alias] })], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new AddAliasPayload(await ReloadAsync(ctx, actor.Id));
    }

    private static async Task<MergeActorsPayload> MergeAsync(ResolverContext ctx, MergeActorsInput input)
    {
        var survivor = await RequireAsync(ctx, input.Survivor, "survivor");
        var mergedKey = GlobalId.KeyOf(input.Merged, GlobalId.Actor, "merged");
        var merged = await RequireAsync(ctx, mergedKey, "merged");
        if (merged.Id != mergedKey)
        {
            throw ApiErrors.Conflict($"'{mergedKey}' was already merged into '{merged.Id}'.");
        }

        if (merged.Id == survivor.Id)
        {
            throw ApiErrors.InvalidInput($"An actor cannot be merged into itself ('{merged.Id}').");
        }

        await ctx.Store().ApplyAsync([new MergeActors(survivor.Id, merged.Id)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new MergeActorsPayload(await ReloadAsync(ctx, survivor.Id), merged.Id);
    }

    private static async Task<UndoMergePayload> UndoMergeAsync(ResolverContext ctx, UndoMergeInput input)
    {
        var key = GlobalId.KeyOf(input.Merged, GlobalId.Actor, "merged");
        var survivor = await RequireAsync(ctx, key, "merged");
        if (survivor.Id == key)
        {
            throw ApiErrors.Conflict($"'{key}' is not merged into another actor.");
        }

        await ctx.Store().ApplyAsync([new UndoMerge(key)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new UndoMergePayload(await ReloadAsync(ctx, key), await ReloadAsync(ctx, survivor.Id));
    }

    /// <summary>The actor an argument names (a merged key gives its survivor); <c>NOT_FOUND</c> when there is none.</summary>
    public static async Task<Actor> RequireAsync(ResolverContext ctx, string id, string argument)
    {
        var key = GlobalId.KeyOf(id, GlobalId.Actor, argument);
        return (await ctx.Store().GetActorsAsync([key], ctx.CancellationToken)).TryGetValue(key, out var actor)
            ? actor
            : throw ApiErrors.NotFound($"No actor with key '{key}' ('{argument}').");
    }

    /// <summary>Refuses names or aliases that another actor already uses (<c>CONFLICT</c>): an alias names one actor only.</summary>
    private static async Task EnsureNamesFreeAsync(ResolverContext ctx, IReadOnlyList<string> names, string ownKey)
    {
        foreach (var name in names)
        {
            var candidates = await ctx.Store().FindActorsAsync(
                new ActorQuery { Search = name, Page = new PageRequest(PageRequest.MaxPageSize) },
                ctx.CancellationToken);
            var holder = candidates.Items.FirstOrDefault(a =>
                a.Id != ownKey && a.Aliases.Prepend(a.Name).Contains(name, StringComparer.OrdinalIgnoreCase));
            if (holder is not null)
            {
                throw ApiErrors.Conflict($"'{name}' is already a name or alias of '{holder.Id}'.");
            }
        }
    }

    private static Dictionary<string, string> ExternalIds(IReadOnlyList<ExternalIdInput>? ids)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, i) in InputCheck.List(ids, "externalIds").Select((id, i) => (id, i)))
        {
            var system = InputCheck.Required(id.System, $"externalIds[{i}].system", 50).ToLowerInvariant();
            if (!result.TryAdd(system, InputCheck.Required(id.Value, $"externalIds[{i}].value", 200)))
            {
                throw ApiErrors.InvalidInput($"'externalIds' names the system '{system}' twice.");
            }
        }

        return result;
    }

    private static async Task<Actor> ReloadAsync(ResolverContext ctx, string key) =>
        (await ctx.Store().GetActorsAsync([key], ctx.CancellationToken))[key];
}
