#pragma once

#include "core/import/importassembler.h"
#include "core/io/yamlnode.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

struct ImportRequest;

// The compose reader's view of one file set: where a node came from and how a scalar reads after
// variable substitution. Shared by ComposeImporter and ComposeService.
class ComposeContext
{
public:
    ComposeContext(const ImportRequest &request, ImportAssembler &assembler);

    ImportAssembler &assembler() { return m_assembler; }
    ImportLocation where(const YamlNode &node, const QString &key) const;
    void note(ImportNote::Kind kind, const YamlNode &at, const QString &key, const char *reason,
              const QStringList &arguments = {});
    // A scalar after substitution; unset variables and bad substitutions are reported at `at`.
    QString text(const YamlNode *node, const QString &key);
    // Every key of `map` not in `handled` as "not modelled" (x- extension keys as information).
    void leftOut(const YamlNode &map, const QString &key, const QStringList &handled);
    const QMap<QString, QString> &variables() const;
    bool profileActive(const QStringList &profiles) const;

private:
    const ImportRequest &m_request;
    ImportAssembler &m_assembler;
};

} // namespace Stackdraft::Core
