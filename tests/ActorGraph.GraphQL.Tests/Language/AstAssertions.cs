using System.Collections;
using System.Reflection;
using ActorGraph.GraphQL.Language;

namespace ActorGraph.GraphQL.Tests.Language;

/// <summary>Structural comparison of ASTs that ignores source locations.</summary>
internal static class AstAssertions
{
    public static void ShouldEqualIgnoringLocations(this Node actual, Node expected) => Compare(actual, expected, "$");

    private static void Compare(object? actual, object? expected, string path)
    {
        if (actual is null || expected is null)
        {
            (actual is null).Should().Be(expected is null, "at {0}", path);
            return;
        }

        actual.GetType().Should().Be(expected.GetType(), "at {0}", path);
        switch (expected)
        {
            case Node:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name is nameof(Node.Location) || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Compare(property.GetValue(actual), property.GetValue(expected), path + "." + property.Name);
                }

                break;
            case IList expectedList:
                var actualList = (IList)actual;
                actualList.Count.Should().Be(expectedList.Count, "at {0}", path);
                for (var i = 0; i < expectedList.Count; i++)
                {
                    Compare(actualList[i], expectedList[i], $"{path}[{i}]");
                }

                break;
            default:
                actual.Should().Be(expected, "at {0}", path);
                break;
        }
    }
}
