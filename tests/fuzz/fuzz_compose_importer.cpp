// libFuzzer target: a compose file through ComposeImporter (FuzzImport lists the checks).
#include "core/import/composeimporter.h"
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Stackdraft::Core::ComposeImporter importer;
    FuzzImport::run(importer, data, size, QStringLiteral("compose.yaml"));
    return 0;
}
