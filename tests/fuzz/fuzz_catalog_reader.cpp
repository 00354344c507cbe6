// libFuzzer target: catalog YAML (docs/catalog.md) through ComponentTypeParser.
#include "core/catalog/componenttypeparser.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace Stackdraft::Core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<ComponentType>> types
        = ComponentTypeParser::parse(bytes, QStringLiteral("fuzz-catalog.yaml"));
    if (!types)
        FuzzCheck::error(types.error());
    return 0;
}
