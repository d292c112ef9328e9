// Preloaded with `node -r`: the CLI sees a terminal on stdout and stderr, as in a writer's shell,
// while the test still reads its output through pipes.
process.stdout.isTTY = true;
process.stderr.isTTY = true;
