#include "core/import/importerregistry.h"

#include "core/import/composeimporter.h"
#include "core/import/kubernetesimporter.h"
#include "core/import/mermaidimporter.h"

namespace Stackdraft::Core {

const ImporterRegistry &ImporterRegistry::standard()
{
    static const ImporterRegistry registry;
    return registry;
}

ImporterRegistry::ImporterRegistry()
{
    m_importers.push_back(std::make_unique<ComposeImporter>());
    m_importers.push_back(std::make_unique<KubernetesImporter>());
    m_importers.push_back(std::make_unique<MermaidImporter>());
}

QList<const Importer *> ImporterRegistry::importers() const
{
    QList<const Importer *> out;
    for (const auto &importer : m_importers)
        out << importer.get();
    return out;
}

QStringList ImporterRegistry::ids() const
{
    QStringList out;
    for (const auto &importer : m_importers)
        out << importer->id();
    return out;
}

const Importer *ImporterRegistry::importer(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::detect(const ImportFile &file) const
{
    for (const auto &importer : m_importers) {
        if (importer->recognises(file))
            return importer.get();
    }
    return nullptr;
}

} // namespace Stackdraft::Core
