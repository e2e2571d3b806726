using System.Globalization;
using ActorGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Storage.Sqlite.Queries;

/// <summary>Collects the common table expressions, conditions and parameters of one query as filters are added.</summary>
internal sealed class SqlConditions
{
    private readonly List<string> _ctes = [];
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    /// <summary>Adds a parameter and returns its name.</summary>
    public string Parameter(object? value)
    {
        var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add((name, value));
        return name;
    }

    public SqlConditions With(string cte)
    {
        _ctes.Add(cte);
        return this;
    }

    public SqlConditions Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public string WithClause => _ctes.Count == 0 ? string.Empty : "WITH " + string.Join(",\n     ", _ctes) + "\n";

    /// <summary>The WHERE clause of every condition added, plus <paramref name="extra"/> when given.</summary>
    public string WhereClause(string? extra = null)
    {
        var all = extra is null ? _conditions : [.. _conditions, extra];
        return all.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", all.Select(c => "(" + c + ")"));
    }

    public SqliteCommand Command(SqlSession session, string sql)
    {
        var command = session.Command(sql);
        foreach (var (name, value) in _parameters)
        {
            command.Bind(name, value);
        }

        return command;
    }

    /// <summary>The session's compiled statement for <paramref name="sql"/> with these parameters bound, run through SQLite's own API.</summary>
    public NativeStatement Native(SqlSession session, string sql)
    {
        var statement = session.Native(sql);
        foreach (var (name, value) in _parameters)
        {
            statement.Bind(name, value);
        }

        return statement;
    }
}
