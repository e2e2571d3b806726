using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ActorGraph.Storage.Neo4j.Tests.Contract.SkippingTestFramework", "ActorGraph.Storage.Neo4j.Tests")]

namespace ActorGraph.Storage.Neo4j.Tests.Contract;

/// <summary>
/// xunit 2 fixes a test's Skip in its attribute, and the contract tests inherit plain [Fact]s. This framework
/// reports every test of a <see cref="LiveNeo4jContractAttribute"/> class as skipped, with the reason, when no
/// Neo4j server is configured; otherwise the tests run unchanged.
/// </summary>
public sealed class SkippingTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var live = testMethod.TestClass.Class.GetCustomAttributes(typeof(LiveNeo4jContractAttribute).AssemblyQualifiedName).Any();
            if (!live || LiveNeo4j.SkipReason is not { } reason || !IsTest(testMethod))
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }

        private static bool IsTest(ITestMethod testMethod) => testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
    }
}
