using ActorGraph.Server.Auth;

namespace ActorGraph.Server.Tests.Support;

/// <summary>The API keys every test server is configured with, one per role.</summary>
public static class TestKeys
{
    public const string Reader = "reader-key-0123456789abcdef";
    public const string Editor = "editor-key-0123456789abcdef";
    public const string Admin = "admin-key-0123456789abcdef0";

    public static string For(Role role) => role switch
    {
        Role.Reader => Reader,
        Role.Editor => Editor,
        _ => Admin,
    };

    public static IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Auth:ApiKeys:0:Name", "test-reader"),
        new("Auth:ApiKeys:0:Key", Reader),
        new("Auth:ApiKeys:0:Role", "Reader"),
        new("Auth:ApiKeys:1:Name", "test-editor"),
        new("Auth:ApiKeys:1:Key", Editor),
        new("Auth:ApiKeys:1:Role", "Editor"),
        new("Auth:ApiKeys:2:Name", "test-admin"),
        new("Auth:ApiKeys:2:Key", Admin),
        new("Auth:ApiKeys:2:Role", "Admin"),
    ];
}
