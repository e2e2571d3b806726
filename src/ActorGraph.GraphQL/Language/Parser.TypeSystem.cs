namespace ActorGraph.GraphQL.Language;

public ref partial struct Parser
{
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    // Description : StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceL);
        var operationTypes = new NodeListBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return new SchemaDefinitionNode(description, directives, operationTypes.ToArray(), Loc(start));
    }

    // RootOperationTypeDefinition : OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _reader.Start;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), Loc(start));
    }

    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypes()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return [];
        }

        var operationTypes = new NodeListBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return operationTypes.ToArray();
    }

    // ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(isConst: true), Loc(start));
    }

    // ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition(), Loc(start));
    }

    // InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition(), Loc(start));
    }

    // ImplementsInterfaces : implements &? NamedType | ImplementsInterfaces & NamedType
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Ampersand);
    }

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var types = new NodeListBuilder<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return types.ToArray();
    }

    // FieldsDefinition : { FieldDefinition+ }
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return [];
        }

        var fields = new NodeListBuilder<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return fields.ToArray();
    }

    // FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(isConst: true), Loc(start));
    }

    // ArgumentsDefinition : ( InputValueDefinition+ ), InputFieldsDefinition : { InputValueDefinition+ }
    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        var values = new NodeListBuilder<InputValueDefinitionNode>();
        do
        {
            values.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(close));

        return values.ToArray();
    }

    // InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(isConst: true), Loc(start));
    }

    // UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes(), Loc(start));
    }

    // UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    // EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition(), Loc(start));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return [];
        }

        var values = new NodeListBuilder<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return values.ToArray();
    }

    // EnumValueDefinition : Description? EnumValue Directives[Const]?   (EnumValue : Name but not true, false or null)
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        if (_reader.IsKeyword("true"u8) || _reader.IsKeyword("false"u8) || _reader.IsKeyword("null"u8))
        {
            throw _reader.Error(_reader.Start, $"{DescribeToken(_reader)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true), Loc(start));
    }

    // InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _reader.Start;
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, ParseDirectiveLocations(), Loc(start));
    }

    // DirectiveLocations : |? DirectiveLocation | DirectiveLocations | DirectiveLocation
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        var locations = new NodeListBuilder<NameNode>();
        do
        {
            var token = _reader;
            var name = ParseName();
            if (!DirectiveLocations.TryParse(name.Value, out _))
            {
                throw Unexpected(token);
            }

            locations.Add(name);
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return locations.ToArray();
    }
}
