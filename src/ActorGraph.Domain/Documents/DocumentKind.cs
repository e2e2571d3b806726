namespace ActorGraph.Domain.Documents;

public enum DocumentKind
{
    Article,
    LiveBlog,
    Newsletter,
    Statement,
    Report,
}
