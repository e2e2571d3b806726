using ActorGraph.Server.Cli;

return await ServerCommandLine.RunAsync(args);
