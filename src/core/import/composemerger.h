#pragma once

#include "core/io/yamlnode.h"

namespace Stackdraft::Core {

// Merges compose files the way `docker compose -f base.yml -f override.yml` does: mappings merge
// key by key, a later scalar replaces an earlier one, `ports`, `expose`, `dns`, `secrets`,
// `configs`, `networks` (list form) and the like are appended without repeats, `environment` and
// `labels` merge by variable whatever form each file uses, `volumes` merge by target path, and
// `command`, `entrypoint` and `healthcheck.test` are replaced whole.
class ComposeMerger final
{
public:
    static void merge(YamlNode &base, const YamlNode &override);

private:
    static void mergeValue(const QString &key, YamlNode &base, const YamlNode &override);
};

} // namespace Stackdraft::Core
