#pragma once

#include "core/model/projectindex.h"
#include "documentlanguage.h"

#include <QCoreApplication>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
class PriceBooks;
} // namespace Stackdraft::Core

namespace Stackdraft::Plugins {

// docs/ARCHITECTURE.md in the shape of the reference documents: overview, objectives and security
// per environment, components with image, minimum resources and critical variables (secrets named,
// never valued), the two Mermaid diagrams (from Core::MermaidDiagrams), resources per environment
// against the budget, and the monthly cost per environment from the cost engine.
class ArchitectureDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::Plugins::ArchitectureDocument)

public:
    ArchitectureDocument(const Core::Project &project, const Core::Catalog &catalog,
                         const Core::PriceBooks &priceBooks, const DocumentLanguage &language,
                         const QString &environment);

    QString text() const;

private:
    QString t(const char *source) const { return m_language.text(source); }
    bool includes(const Core::Environment &env) const;

    QString overview() const;
    QString objectives() const;
    QString components() const;
    QString mountedFiles() const; // in mountedfilestable.cpp
    QString diagrams() const;
    QString resources() const;
    QString resourcesOf(const Core::Environment &env) const;
    QString backupsOf(const Core::Environment &env) const;
    QString searchClientsOf(const Core::Environment &env) const;
    QString costs() const;
    QString costsOf(const Core::Environment &env) const;

    QString platformName(const Core::Environment &env) const;

    const Core::Project &m_project;
    const Core::ProjectIndex m_index; // every per-component lookup, so the document stays linear
    const Core::Catalog &m_catalog;
    const Core::PriceBooks &m_priceBooks;
    const DocumentLanguage &m_language;
    QString m_environment; // empty: every environment
};

} // namespace Stackdraft::Plugins
