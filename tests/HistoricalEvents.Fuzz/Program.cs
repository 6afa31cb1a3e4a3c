using HistoricalEvents.Fuzz;
using SharpFuzz;

// HistoricalEvents.Fuzz --list                      the targets
// HistoricalEvents.Fuzz TARGET                      under afl-fuzz (run-fuzz.sh): in-process persistent mode
// HistoricalEvents.Fuzz TARGET --replay PATH...     each file (or every file of a folder) once, with the exception shown
// Exit codes: 0 every input kept every promise, 1 one did not, 2 usage.

if (args.Length == 1 && args[0] == "--list")
{
    foreach (FuzzTarget each in FuzzTargets.All)
    {
        Console.WriteLine($"{each.Name,-10} {each.Description}");
    }
    return 0;
}

FuzzTarget? target = args.Length >= 1 ? FuzzTargets.Find(args[0]) : null;
if (target is null || (args.Length > 1 && (args[1] != "--replay" || args.Length == 2)))
{
    Console.Error.WriteLine($"usage: HistoricalEvents.Fuzz {string.Join('|', FuzzTargets.All.Select(t => t.Name))} [--replay PATH...] | --list");
    return 2;
}

if (args.Length == 1)
{
    // Persistent mode: one process runs many inputs; an exception out of the action is reported to AFL as a crash.
    Fuzzer.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target.Run(buffer.ToArray());
    });
    return 0;
}

int failures = 0, runs = 0;
foreach (string path in args.Skip(2).SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]))
{
    if (Path.GetFileName(path) == "README.txt")
    {
        continue;   // AFL's notes in crashes/ and hangs/
    }
    runs++;
    try
    {
        target.Run(File.ReadAllBytes(path));
    }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type, and goes on.
    catch (Exception e)
#pragma warning restore CA1031
    {
        failures++;
        Console.WriteLine($"FAIL {path}");
        Console.WriteLine($"  input (base64): {Convert.ToBase64String(File.ReadAllBytes(path))}");
        Console.WriteLine($"  {e.GetType().FullName}: {e.Message}");
        Console.WriteLine(e.StackTrace);
    }
}
Console.WriteLine($"{target.Name}: {runs} inputs, {failures} failed");
return failures == 0 ? 0 : 1;
