using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

// In the root namespace so the composition root calls app.MapExplorer() without an extra using.
namespace ActorGraph.Server;

/// <summary>
/// Serves the built web explorer (<c>src/ActorGraph.Explorer</c>, copied to <c>explorer/</c> next to the executable)
/// at <c>/</c>, and GraphiQL at <c>/graphql</c> to browsers. GraphQL requests to <c>/graphql</c> are left alone.
/// </summary>
public static partial class ExplorerApplicationBuilderExtensions
{
    public const string Folder = "explorer";
    private const string GraphiQLPage = "graphiql.html";

    public static IApplicationBuilder MapExplorer(this IApplicationBuilder app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, Folder);
        if (!Directory.Exists(root))
        {
            LogMissing(app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExplorerApplicationBuilderExtensions)), root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.Use(async (context, next) =>
        {
            if (WantsGraphiQL(context.Request))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(files.GetFileInfo(GraphiQLPage), context.RequestAborted);
                return;
            }

            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The built files keep their names from build to build, so browsers must revalidate them.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    /// <summary>A browser navigating to <c>/graphql</c>: a GET that asks for HTML and not for a GraphQL response.</summary>
    internal static bool WantsGraphiQL(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || !request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var accepted = request.GetTypedHeaders().Accept;
        return accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            && !accepted.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web explorer is not served: {Folder} does not exist (build the server to build it).")]
    private static partial void LogMissing(ILogger logger, string folder);
}
