namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j server is and how to talk to it. Bound from the configuration section <c>Neo4j</c>
/// (<c>Neo4j__BaseUri</c>, ...) or read from the <c>ACTORGRAPH_NEO4J_*</c> environment variables.
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP endpoint of the server, such as <c>http://localhost:7474</c> (the Query API lives under it).</summary>
    public Uri? BaseUri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>User name for basic authentication; ignored when <see cref="BearerToken"/> is set.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The credential sent after <c>Bearer </c>, in the form the Query API manual asks for (base64 of the SSO token).</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a request failing with a transient error is tried again.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The wait before the first retry; it doubles at each retry up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many rows one import statement sends at most (UNWIND batch size).</summary>
    public int ImportBatchSize { get; set; } = 2000;

    /// <summary>Reads <c>ACTORGRAPH_NEO4J_URI</c>, <c>_DATABASE</c>, <c>_USER</c>, <c>_PASSWORD</c> and <c>_TOKEN</c>; null when the URI is not set.</summary>
    public static Neo4jStoreOptions? FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var uri = read("ACTORGRAPH_NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"ACTORGRAPH_NEO4J_URI '{uri}' is not an http(s) URI; the Query API is served over HTTP, for example http://localhost:7474.");
        }

        var database = read("ACTORGRAPH_NEO4J_DATABASE");
        return new Neo4jStoreOptions
        {
            BaseUri = baseUri,
            Database = string.IsNullOrWhiteSpace(database) ? "neo4j" : database,
            Username = read("ACTORGRAPH_NEO4J_USER"),
            Password = read("ACTORGRAPH_NEO4J_PASSWORD"),
            BearerToken = read("ACTORGRAPH_NEO4J_TOKEN"),
        };
    }

    /// <summary>Throws when the options cannot work, saying which setting is wrong.</summary>
    public void Validate()
    {
        if (BaseUri is null || !BaseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("Neo4j:BaseUri must be an absolute http(s) URI such as http://localhost:7474.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new ArgumentException("Neo4j:Database must name a database, such as neo4j.");
        }

        if (string.IsNullOrEmpty(BearerToken) && !string.IsNullOrEmpty(Username) && Password is null)
        {
            throw new ArgumentException("Neo4j:Password is required when Neo4j:Username is set.");
        }

        if (MaxRetries < 0 || ImportBatchSize < 1 || RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("Neo4j:MaxRetries must be 0 or more, ImportBatchSize at least 1 and RequestTimeout positive.");
        }
    }
}
