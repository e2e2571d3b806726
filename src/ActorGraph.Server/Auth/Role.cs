namespace ActorGraph.Server.Auth;

/// <summary>What an API key may do; each role includes the ones before it.</summary>
public enum Role
{
    Reader = 1,
    Editor = 2,
    Admin = 3,
}
