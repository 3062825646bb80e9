using System.CommandLine;
using ConflictDb.Cli;

var root = Commands.Build();
return await root.Parse(args).InvokeAsync();
