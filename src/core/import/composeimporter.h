#pragma once

#include "core/import/importer.h"

namespace Stackdraft::Core {

// Compose Specification files (with or without the legacy `version:` key), several merged like
// `docker compose -f a -f b`, into one environment on the compose platform. docs/import.md lists
// what is mapped and what is left out.
class ComposeImporter final : public Importer
{
public:
    QString id() const override { return QStringLiteral("compose"); }
    QString name() const override;
    bool recognises(const ImportFile &file) const override;
    Result<ImportResult> import(const ImportRequest &request) const override;
};

} // namespace Stackdraft::Core
