using System.Net;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.GraphQL.Mutations;

public sealed class MutationPreCheckTests
{
    private const string Create = """createActor(input: { name: "Oman", kind: STATE }) { actor { key } }""";
    private const string Merge = """mergeActors(input: { survivor: "cia", merged: "bill-burns" }) { mergedKey }""";

    public static TheoryData<string> OperationsWithAnAdminField => new()
    {
        $"mutation {{ {Create} {Merge} }}",
        $"mutation {{ created: {Create} merged: {Merge} }}",
        $"mutation {{ ...Writes }} fragment Writes on Mutation {{ {Create} ...Merge }} fragment Merge on Mutation {{ {Merge} }}",
        $"mutation {{ {Create} ... on Mutation {{ {Merge} }} }}",
        $"mutation {{ {Create} ... @include(if: true) {{ {Merge} }} }}",
        $"mutation {{ {Create} {Merge.Replace("{ mergedKey }", "@skip(if: false) { mergedKey }", StringComparison.Ordinal)} }}",
        $"mutation ($admin: Boolean = true) {{ {Create} ... @include(if: $admin) {{ {Merge} }} }}",
        $"query Read {{ viewer {{ name }} }} mutation Write {{ {Create} {Merge} }}",
    };

    [Theory]
    [MemberData(nameof(OperationsWithAnAdminField))]
    public async Task An_editor_operation_with_an_admin_field_is_refused_before_any_field_runs(string operation)
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync(operation, operationName: operation.StartsWith("query", StringComparison.Ordinal) ? "Write" : null);

        response.Status.Should().Be(HttpStatusCode.Forbidden);
        response.ErrorCodes.Should().Equal("FORBIDDEN");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("'mergeActors' needs the Admin role").And.Contain("test-editor");
        response.HasData.Should().BeFalse();
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(Role.Reader, HttpStatusCode.Forbidden, "FORBIDDEN")]
    public async Task Callers_who_may_run_no_mutation_are_refused_and_nothing_is_written(Role? role, HttpStatusCode status, string code)
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(role).SendAsync($"mutation {{ {Create} {Merge} }}");

        response.Status.Should().Be(status);
        response.ErrorCodes.Should().Equal(code);
        response.HasData.Should().BeFalse();
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    public static TheoryData<string, object?> OperationsWhoseAdminFieldIsSkipped => new()
    {
        { $"mutation {{ {Create} ... @skip(if: true) {{ {Merge} }} }}", null },
        { $"mutation ($admin: Boolean = false) {{ {Create} ... @include(if: $admin) {{ {Merge} }} }}", null },
        { $"mutation ($admin: Boolean = true) {{ {Create} ...Merge @include(if: $admin) }} fragment Merge on Mutation {{ {Merge} }}", new { admin = false } },
        { $"mutation ($notAdmin: Boolean!) {{ {Create} {Merge.Replace("{ mergedKey }", "@skip(if: $notAdmin) { mergedKey }", StringComparison.Ordinal)} }}", new { notAdmin = true } },
    };

    [Theory]
    [MemberData(nameof(OperationsWhoseAdminFieldIsSkipped))]
    public async Task A_skipped_admin_field_does_not_need_the_admin_role(string operation, object? variables)
    {
        await using var app = await TestApp.StartAsync();

        var data = await app.GraphQL(Role.Editor).QueryAsync(operation, variables);

        data.GetProperty("createActor").GetProperty("actor").GetProperty("key").GetString().Should().Be("oman");
        data.TryGetProperty("mergeActors", out _).Should().BeFalse();
    }

    [Fact]
    public async Task The_operation_named_in_the_request_is_the_one_checked()
    {
        await using var app = await TestApp.StartAsync();

        var data = await app.GraphQL(Role.Editor).QueryAsync(
            $"mutation Create {{ {Create} }} mutation CreateAndMerge {{ {Create} {Merge} }}", operationName: "Create");

        data.GetProperty("createActor").GetProperty("actor").GetProperty("key").GetString().Should().Be("oman");
    }

    [Fact]
    public async Task An_admin_runs_every_field_of_the_operation()
    {
        await using var app = await TestApp.StartAsync();

        var data = await app.GraphQL(Role.Admin).QueryAsync($"mutation {{ {Create} {Merge} }}");

        data.GetProperty("createActor").GetProperty("actor").GetProperty("key").GetString().Should().Be("oman");
        data.GetProperty("mergeActors").GetProperty("mergedKey").GetString().Should().Be("bill-burns");
    }

    [Fact]
    public async Task A_persisted_operation_sent_by_its_hash_alone_is_checked_as_a_whole_too()
    {
        await using var app = await TestApp.StartAsync();
        var document = $"mutation ($admin: Boolean!) {{ {Create} ... @include(if: $admin) {{ {Merge} }} }}";
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document))) } };
        var registered = await app.GraphQL(Role.Editor).SendAsync(document, new { admin = false }, extensions: persisted);
        registered.Errors.Should().BeEmpty();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(Role.Editor).SendAsync(null, new { admin = true }, extensions: persisted);

        response.Status.Should().Be(HttpStatusCode.Forbidden);
        response.ErrorCodes.Should().Equal("FORBIDDEN");
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
    }

    [Fact]
    public async Task A_malformed_document_from_an_editor_is_reported_by_the_executor()
    {
        await using var app = await TestApp.StartAsync(seed: false);

        var response = await app.GraphQL(Role.Editor).SendAsync($"mutation {{ {Create} ");

        response.ErrorCodes.Should().Equal("GRAPHQL_PARSE_FAILED");
    }
}
