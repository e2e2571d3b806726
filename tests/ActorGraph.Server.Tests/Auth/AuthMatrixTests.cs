using System.Net;
using System.Net.Http.Json;
using ActorGraph.Server.Auth;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Auth;

public sealed class AuthMatrixTests
{
    private const string Query = "{ actor(id: \"qatar\") { name } }";
    private const string Create = "mutation { createActor(input: { name: \"Oman\", kind: STATE }) { actor { key } } }";
    private const string Merge = "mutation { mergeActors(input: { survivor: \"cia\", merged: \"bill-burns\" }) { mergedKey } }";

    public static TheoryData<string?, string, HttpStatusCode, string?> Matrix => new()
    {
        { null, Query, HttpStatusCode.OK, null },
        { "Reader", Query, HttpStatusCode.OK, null },
        { null, Create, HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "Reader", Create, HttpStatusCode.Forbidden, "FORBIDDEN" },
        { "Editor", Create, HttpStatusCode.OK, null },
        { "Admin", Create, HttpStatusCode.OK, null },
        { null, Merge, HttpStatusCode.Unauthorized, "UNAUTHENTICATED" },
        { "Reader", Merge, HttpStatusCode.Forbidden, "FORBIDDEN" },
        { "Editor", Merge, HttpStatusCode.Forbidden, "FORBIDDEN" },
        { "Admin", Merge, HttpStatusCode.OK, null },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_may_do_what_its_rank_allows(string? role, string operation, HttpStatusCode status, string? code)
    {
        await using var app = await TestApp.StartAsync();
        var before = await GraphState.FingerprintAsync(app);

        var response = await app.GraphQL(role is null ? null : Enum.Parse<Role>(role)).SendAsync(operation);

        response.Status.Should().Be(status);
        if (code is null)
        {
            response.Errors.Should().BeEmpty();
            return;
        }

        response.ErrorCodes.Should().Equal(code);
        response.HasData.Should().BeFalse();
        (await GraphState.FingerprintAsync(app)).Should().Be(before);
        if (status == HttpStatusCode.Unauthorized)
        {
            response.WwwAuthenticate.Should().StartWith("Bearer");
        }
    }

    [Fact]
    public async Task A_wrong_key_is_refused_even_where_anonymous_callers_may_read()
    {
        await using var app = await TestApp.StartAsync(seed: false);
        using var client = app.Client(key: "not-a-configured-key-000000");

        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query });
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task The_key_may_come_in_the_X_Api_Key_header()
    {
        await using var app = await TestApp.StartAsync(seed: false);
        using var client = app.Client();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.ApiKeyHeader, TestKeys.Editor);

        var data = await new GraphQLClient(client).QueryAsync("{ viewer { name role } }");

        data.GetProperty("viewer").GetProperty("role").GetString().Should().Be("EDITOR");
    }

    [Fact]
    public async Task With_anonymous_reading_off_queries_and_exports_need_a_key()
    {
        await using var app = await TestApp.StartAsync(seed: false, settings: [new("Auth:AllowAnonymousRead", "false")]);

        var anonymous = await app.GraphQL().SendAsync(Query);
        using var anonymousExport = await app.Client().GetAsync("/export/graphml");
        var reader = await app.GraphQL(Role.Reader).SendAsync(Query);
        using var readerExport = await app.Client(Role.Reader).GetAsync("/export/graphml");

        anonymous.Status.Should().Be(HttpStatusCode.Unauthorized);
        anonymous.ErrorCodes.Should().Equal("UNAUTHENTICATED");
        anonymousExport.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        reader.Errors.Should().BeEmpty();
        readerExport.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void A_short_or_badly_configured_key_stops_the_start()
    {
        var act = () => new ApiKeyRegistry(
        [
            new() { Name = "short", Key = "abc", Role = "Reader" },
            new() { Name = "strange", Key = "0123456789abcdef0123", Role = "Superuser" },
        ]);

        act.Should().Throw<InvalidOperationException>().WithMessage("*shorter than 16*").And.Message.Should().Contain("Superuser").And.NotContain("0123456789abcdef0123");
    }

    [Fact]
    public void A_presented_key_matches_only_its_own_entry()
    {
        var registry = new ApiKeyRegistry(
        [
            new() { Name = "one", Key = TestKeys.Reader, Role = "Reader" },
            new() { Name = "two", Key = TestKeys.Admin, Role = "Admin" },
        ]);

        registry.Find(TestKeys.Admin).Should().Be(("two", Role.Admin));
        registry.Find(TestKeys.Admin + "x").Should().BeNull();
        registry.Find(string.Empty).Should().BeNull();
    }
}
