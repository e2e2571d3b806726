namespace ActorGraph.GraphQL.Types;

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected {ofType} to be a nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);
}
