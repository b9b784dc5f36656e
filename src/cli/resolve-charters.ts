import { findCharter, type CharterLocation } from '../source/find-charter.js';
import { parseShard, selectShard } from '../source/shard.js';
import { ToolError } from '../errors.js';

/** Every charter argument (default: the current folder) resolved to a location; a bad one is exit 2. */
export async function resolveCharters(argumentsGiven: readonly string[], cwd: string, shardOption?: string): Promise<CharterLocation[]> {
  const shard = shardOption === undefined ? undefined : parseShard(shardOption);
  if (shardOption !== undefined && !shard) throw new ToolError(`--shard "${shardOption}" must be i/n with 1 <= i <= n, e.g. --shard 2/4`);
  const list = argumentsGiven.length > 0 ? argumentsGiven : ['.'];
  const locations: CharterLocation[] = [];
  const problems: string[] = [];
  for (const argument of list) {
    const found = await findCharter(argument, cwd);
    if (found.ok) {
      if (!locations.some((l) => l.yamlPath === found.location.yamlPath)) locations.push(found.location);
    } else problems.push(found.message);
  }
  if (problems.length > 0) throw new ToolError(problems.join('\n'));
  return shard ? selectShard(locations, shard) : locations;
}
