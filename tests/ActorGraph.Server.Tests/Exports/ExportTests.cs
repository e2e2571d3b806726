using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Server.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Server.Tests.Exports;

public sealed class ExportTests
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task GraphML_of_a_neighbourhood_declares_its_keys_and_joins_only_exported_nodes()
    {
        await using var app = await TestApp.StartAsync();
        using var response = await app.Client().GetAsync("/export/graphml?ids=qatar&depth=1&types=MEDIATES,PRESSURES");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/graphml+xml");

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        xml.Root!.Name.Should().Be(GraphML + "graphml");
        var keys = xml.Root.Elements(GraphML + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        var graph = xml.Root.Element(GraphML + "graph")!;
        var nodes = graph.Elements(GraphML + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = graph.Elements(GraphML + "edge").ToList();

        nodes.Should().Contain(["qatar", "hamas", "israel"]);
        edges.Should().NotBeEmpty();
        graph.Descendants(GraphML + "data").Select(d => (string)d.Attribute("key")!).Should().OnlyContain(k => keys.Contains(k));
        foreach (var edge in edges)
        {
            nodes.Should().Contain((string)edge.Attribute("source")!).And.Contain((string)edge.Attribute("target")!);
            Data(edge, "edge.type").Should().BeOneOf("MEDIATES", "PRESSURES");
            int.Parse(Data(edge, "edge.weight")!, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        }

        static string? Data(XElement element, string key) =>
            element.Elements(GraphML + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
    }

    [Fact]
    public async Task GraphML_of_the_whole_graph_holds_every_actor_and_relationship()
    {
        await using var app = await TestApp.StartAsync();
        var stats = (await app.GraphQL().QueryAsync("{ stats { actors relationships } }")).GetProperty("stats");

        var xml = XDocument.Parse(await app.Client().GetStringAsync("/export/graphml"));

        var graph = xml.Root!.Element(GraphML + "graph")!;
        graph.Elements(GraphML + "node").Should().HaveCount(stats.GetProperty("actors").GetInt32());
        graph.Elements(GraphML + "edge").Should().HaveCount(stats.GetProperty("relationships").GetInt32());
    }

    [Fact]
    public async Task GEXF_is_a_dynamic_graph_with_a_time_spell_and_a_weight_on_every_edge()
    {
        await using var app = await TestApp.StartAsync();
        using var response = await app.Client().GetAsync("/export/gexf?ids=qatar,egypt&depth=1&from=2024-03-01&to=2024-03-31");
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        xml.Root!.Name.Should().Be(Gexf + "gexf");
        ((string)xml.Root.Attribute("version")!).Should().Be("1.3");
        var graph = xml.Root.Element(Gexf + "graph")!;
        ((string)graph.Attribute("mode")!).Should().Be("dynamic");
        ((string)graph.Attribute("timeformat")!).Should().Be("date");
        var declared = graph.Elements(Gexf + "attributes").SelectMany(a => a.Elements(Gexf + "attribute")).Select(a => (string)a.Attribute("id")!).ToHashSet();
        var nodes = graph.Element(Gexf + "nodes")!.Elements(Gexf + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();

        edges.Should().NotBeEmpty();
        graph.Descendants(Gexf + "attvalue").Select(v => (string)v.Attribute("for")!).Should().OnlyContain(id => declared.Contains(id));
        foreach (var edge in edges)
        {
            nodes.Should().Contain((string)edge.Attribute("source")!).And.Contain((string)edge.Attribute("target")!);
            double.Parse((string)edge.Attribute("weight")!, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
            var spell = edge.Element(Gexf + "spells")!.Element(Gexf + "spell")!;
            var start = DateOnly.Parse((string)spell.Attribute("start")!, System.Globalization.CultureInfo.InvariantCulture);
            var end = DateOnly.Parse((string)spell.Attribute("end")!, System.Globalization.CultureInfo.InvariantCulture);
            start.Should().BeOnOrBefore(end);
            end.Should().BeOnOrAfter(new DateOnly(2024, 3, 1), "the window keeps only relationships overlapping March 2024");
            start.Should().BeOnOrBefore(new DateOnly(2024, 3, 31));
        }
    }

    [Fact]
    public async Task Cytoscape_JSON_loads_into_cytoscape_with_every_node_edge_and_weight()
    {
        await using var app = await TestApp.StartAsync();
        using var folder = new TemporaryDirectory();
        var json = await app.Client().GetStringAsync("/export/cytoscape?ids=qatar&depth=2");
        var file = folder.File("qatar.cyjs");
        await File.WriteAllTextAsync(file, json);

        var loaded = JsonDocument.Parse(await NodeScript.RunAsync(
            RepositoryPaths.Combine("tests", "ActorGraph.Server.Tests", "Exports", "cytoscape"), "load-export.mjs", file)).RootElement;

        var elements = JsonDocument.Parse(json).RootElement.GetProperty("elements");
        loaded.GetProperty("nodes").GetInt32().Should().Be(elements.GetProperty("nodes").GetArrayLength()).And.BeGreaterThan(1);
        loaded.GetProperty("edges").GetInt32().Should().Be(elements.GetProperty("edges").GetArrayLength());
        loaded.GetProperty("dangling").GetInt32().Should().Be(0);
        loaded.GetProperty("nodeIds").EnumerateArray().Select(n => n.GetString()).Should().Contain("qatar");
        loaded.GetProperty("totalWeight").GetInt32().Should().Be(elements.GetProperty("edges").EnumerateArray().Sum(e => e.GetProperty("data").GetProperty("weight").GetInt32()));
    }

    [Theory]
    [InlineData("/export/graphml?types=ADORES", HttpStatusCode.BadRequest, "INVALID_INPUT")]
    [InlineData("/export/gexf?ids=qatar&depth=9", HttpStatusCode.BadRequest, "INVALID_INPUT")]
    [InlineData("/export/gexf?ids=qatar&from=2024-03-31&to=2024-03-01", HttpStatusCode.BadRequest, "INVALID_INPUT")]
    [InlineData("/export/cytoscape?ids=atlantis", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/export/pdf", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task Bad_export_requests_are_answered_with_a_coded_error(string url, HttpStatusCode status, string code)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client().GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.Should().Be(status);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(code);
    }
}
