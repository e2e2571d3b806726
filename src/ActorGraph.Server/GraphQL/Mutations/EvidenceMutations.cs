using ActorGraph.Domain.Changes;
using ActorGraph.Domain.Documents;
using ActorGraph.Domain.Events;
using ActorGraph.Domain.Relationships;
using ActorGraph.Domain.Validation;
using ActorGraph.GraphQL.Execution;
using ActorGraph.Server.GraphQL.Support;

namespace ActorGraph.Server.GraphQL.Mutations;

/// <summary><c>addDocument</c>, <c>addRelationship</c>, <c>retractRelationship</c> and <c>createEvent</c>.</summary>
public static class EvidenceMutations
{
    public static LoggingSchemaBuilder AddEvidenceMutations(this LoggingSchemaBuilder builder) => builder
        .ResolveAsync("Mutation.addDocument", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => AddDocumentAsync(ctx, ctx.Argument<AddDocumentInput>("input")));
        })
        .BindType<AddDocumentPayload>("AddDocumentPayload")
        .ResolveAsync("Mutation.addRelationship", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => AddRelationshipAsync(ctx, ctx.Argument<AddRelationshipInput>("input")));
        })
        .BindType<AddRelationshipPayload>("AddRelationshipPayload")
        .ResolveAsync("Mutation.retractRelationship", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => RetractAsync(ctx, ctx.Argument<RetractRelationshipInput>("input")));
        })
        .BindType<RetractRelationshipPayload>("RetractRelationshipPayload")
        .ResolveAsync("Mutation.createEvent", ctx =>
        {
            MutationGuard.Require(ctx);
            return ApiErrors.Translate(() => CreateEventAsync(ctx, ctx.Argument<CreateEventInput>("input")));
        })
        .BindType<CreateEventPayload>("CreateEventPayload");

    private static async Task<AddDocumentPayload> AddDocumentAsync(ResolverContext ctx, AddDocumentInput input)
    {
        var title = InputCheck.Required(input.Title, "title", InputCheck.MaxTextLength);
        var publishedOn = Dates.RequiredDay(input.PublishedOn, "publishedOn");
        var key = InputCheck.Key(input.Key, "key", () => $"{title} {publishedOn:yyyy-MM-dd}");
        if (string.IsNullOrEmpty(input.Text))
        {
            throw ApiErrors.InvalidInput("'text' must not be empty.");
        }

        if (input.Text.Length > InputCheck.MaxDocumentLength)
        {
            throw ApiErrors.InvalidInput($"'text' is {input.Text.Length} characters long; at most {InputCheck.MaxDocumentLength} are accepted.");
        }

        var url = InputCheck.Optional(input.Url, "url", 2_000);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            throw ApiErrors.InvalidInput($"'url' '{url}' is not an absolute http(s) URL.");
        }

        var document = new Document
        {
            Id = key,
            Title = title,
            Publisher = InputCheck.Optional(input.Publisher, "publisher", InputCheck.MaxNameLength),
            PublishedOn = publishedOn,
            Language = InputCheck.Optional(input.Language, "language", 35) ?? "en",
            Url = url,
            Kind = input.Kind,
            Text = input.Text,
        };
        if ((await ctx.Store().GetDocumentsAsync([key], ctx.CancellationToken)).ContainsKey(key))
        {
            throw ApiErrors.Conflict($"A document with key '{key}' already exists.");
        }

        Validate(ctx, new GraphBatch { Documents = [document] }, KnownRecords.None);
        await ctx.Store().ApplyAsync([new UpsertDocument(document)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new AddDocumentPayload((await ctx.Store().GetDocumentsAsync([key], ctx.CancellationToken))[key]);
    }

    private static async Task<AddRelationshipPayload> AddRelationshipAsync(ResolverContext ctx, AddRelationshipInput input)
    {
        var date = Dates.Fuzzy(input.Date, "date");
        var type = ctx.Vocabulary().Find(input.Type)
            ?? throw ApiErrors.InvalidInput($"'{input.Type}' is not a relationship type; the query 'vocabulary' lists them.");
        var source = await ActorMutations.RequireAsync(ctx, input.Source, "source");
        var target = await ActorMutations.RequireAsync(ctx, input.Target, "target");
        if (input.Evidence is null || input.Evidence.Count == 0)
        {
            throw ApiErrors.InvalidInput("'evidence' must hold at least one quote: every relationship is backed by a source.");
        }

        var (evidence, documents) = await EvidenceResolution.ResolveAsync(ctx, input.Evidence, "evidence");
        var eventId = input.Event is null ? null : await RequireEventAsync(ctx, input.Event);
        var key = input.Key is null
            ? await FreeRelationshipKeyAsync(ctx, InputCheck.Slugify($"{source.Id} {type.Code} {target.Id}"))
            : InputCheck.Key(input.Key, "key", () => input.Key);
        if (input.Key is not null && (await ctx.Store().GetRelationshipsAsync([key], ctx.CancellationToken)).ContainsKey(key))
        {
            throw ApiErrors.Conflict($"A relationship with key '{key}' already exists.");
        }

        var relationship = new Relationship
        {
            Id = key,
            Type = type.Code,
            SourceId = source.Id,
            TargetId = target.Id,
            Date = date,
            ReportedOn = documents.Values.Min(d => d.PublishedOn),
            Place = InputCheck.Optional(input.Place, "place", InputCheck.MaxNameLength),
            Modality = input.Modality,
            Attribution = InputCheck.Optional(input.Attribution, "attribution", InputCheck.MaxNameLength),
            Confidence = InputCheck.Confidence(input.Confidence),
            EventId = eventId,
            Evidence = evidence,
        };
        Validate(ctx, new GraphBatch { Relationships = [relationship] }, new KnownRecords(new[] { source, target }.DistinctBy(a => a.Id), documents.Values, eventId is null ? [] : [eventId]));
        await ctx.Store().ApplyAsync([new UpsertRelationship(relationship)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new AddRelationshipPayload((await ctx.Store().GetRelationshipsAsync([key], ctx.CancellationToken))[key]);
    }

    private static async Task<RetractRelationshipPayload> RetractAsync(ResolverContext ctx, RetractRelationshipInput input)
    {
        var key = GlobalId.KeyOf(input.Id, GlobalId.Relationship, "id");
        var reason = InputCheck.Required(input.Reason, "reason", InputCheck.MaxTextLength);
        if (!(await ctx.Store().GetRelationshipsAsync([key], ctx.CancellationToken)).TryGetValue(key, out var relationship))
        {
            throw ApiErrors.NotFound($"No relationship with key '{key}'.");
        }

        if (relationship.Retraction is not null)
        {
            throw ApiErrors.Conflict($"'{key}' was already retracted: {relationship.Retraction.Reason}");
        }

        await ctx.Store().ApplyAsync([new RetractRelationship(key, reason)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new RetractRelationshipPayload((await ctx.Store().GetRelationshipsAsync([key], ctx.CancellationToken))[key]);
    }

    private static async Task<CreateEventPayload> CreateEventAsync(ResolverContext ctx, CreateEventInput input)
    {
        var name = InputCheck.Required(input.Name, "name");
        var date = Dates.Fuzzy(input.Date, "date");
        var key = InputCheck.Key(input.Key, "key", () => $"{name} {date}");
        var participants = InputCheck.List(input.Participants, "participants");
        var participantKeys = participants.Select((p, i) => GlobalId.KeyOf(p.Actor, GlobalId.Actor, $"participants[{i}].actor")).ToList();
        var actors = await ctx.Store().GetActorsAsync([.. participantKeys.Distinct(StringComparer.Ordinal)], ctx.CancellationToken);
        if (participantKeys.FirstOrDefault(k => !actors.ContainsKey(k)) is { } unknown)
        {
            throw ApiErrors.NotFound($"No actor with key '{unknown}' ('participants').");
        }

        var (evidence, documents) = await EvidenceResolution.ResolveAsync(ctx, input.Evidence, "evidence");
        if ((await ctx.Store().GetEventsAsync([key], ctx.CancellationToken)).ContainsKey(key))
        {
            throw ApiErrors.Conflict($"An event with key '{key}' already exists.");
        }

        var ev = new Event
        {
            Id = key,
            Name = name,
            Kind = input.Kind,
            Date = date,
            Place = InputCheck.Optional(input.Place, "place", InputCheck.MaxNameLength),
            Description = InputCheck.Optional(input.Description, "description"),
            Modality = input.Modality,
            Participants = [.. participants.Select((p, i) => new EventParticipant(actors[participantKeys[i]].Id, p.Role))],
            Evidence = evidence,
        };
        Validate(ctx, new GraphBatch { Events = [ev] }, new KnownRecords(actors.Values, documents.Values, []));
        await ctx.Store().ApplyAsync([new UpsertEvent(ev)], MutationGuard.Change(ctx), ctx.CancellationToken);
        return new CreateEventPayload((await ctx.Store().GetEventsAsync([key], ctx.CancellationToken))[key]);
    }

    private static async Task<string> RequireEventAsync(ResolverContext ctx, string id)
    {
        var key = GlobalId.KeyOf(id, GlobalId.Event, "event");
        return (await ctx.Store().GetEventsAsync([key], ctx.CancellationToken)).ContainsKey(key)
            ? key
            : throw ApiErrors.NotFound($"No event with key '{key}' ('event').");
    }

    /// <summary>The first of <c>base</c>, <c>base-2</c>, <c>base-3</c>, ... that no relationship uses (one store call per 20 candidates).</summary>
    private static async Task<string> FreeRelationshipKeyAsync(ResolverContext ctx, string baseKey)
    {
        for (var first = 1; ; first += 20)
        {
            var candidates = Enumerable.Range(first, 20).Select(n => n == 1 ? baseKey : $"{baseKey}-{n}").ToList();
            var taken = await ctx.Store().GetRelationshipsAsync(candidates, ctx.CancellationToken);
            if (candidates.FirstOrDefault(c => !taken.ContainsKey(c)) is { } free)
            {
                return free;
            }
        }
    }

    private static void Validate(ResolverContext ctx, GraphBatch batch, IKnownRecords known)
    {
        var issues = new GraphValidator(ctx.Vocabulary()).Validate(batch, known);
        if (issues.Count > 0)
        {
            throw ApiErrors.From(new ActorGraph.Domain.Errors.ValidationException(issues));
        }
    }
}
