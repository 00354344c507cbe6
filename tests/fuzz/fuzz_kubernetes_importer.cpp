// libFuzzer target: a multi-document manifest file through KubernetesImporter (FuzzImport lists
// the checks).
#include "core/import/kubernetesimporter.h"
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Stackdraft::Core::KubernetesImporter importer;
    FuzzImport::run(importer, data, size, QStringLiteral("manifests.yaml"));
    return 0;
}
