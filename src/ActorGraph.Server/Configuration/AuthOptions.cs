namespace ActorGraph.Server.Configuration;

/// <summary>Who may read and write (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Let callers without a key run queries and exports; mutations always need a key.</summary>
    public bool AllowAnonymousRead { get; set; } = true;

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];
}

/// <summary>One API key: a name (recorded in the audit trail), the secret and the role it grants.</summary>
public sealed class ApiKeyOptions
{
    public string Name { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;
}
