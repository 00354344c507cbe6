#include "core/import/composecontext.h"

#include "core/import/composeinterpolation.h"
#include "core/import/importer.h"
#include "core/import/importyaml.h"

namespace Stackdraft::Core {

ComposeContext::ComposeContext(const ImportRequest &request, ImportAssembler &assembler)
    : m_request(request)
    , m_assembler(assembler)
{
}

ImportLocation ComposeContext::where(const YamlNode &node, const QString &key) const
{
    const ImportYaml::Origin origin = ImportYaml::origin(node.line);
    return {m_request.files.value(origin.file).path, origin.line, node.column, key};
}

void ComposeContext::note(ImportNote::Kind kind, const YamlNode &at, const QString &key,
                          const char *reason, const QStringList &arguments)
{
    const ImportLocation w = where(at, key);
    m_assembler.report().add({kind, w.file, w.line, w.column, key, reason, arguments});
}

QString ComposeContext::text(const YamlNode *node, const QString &key)
{
    if (!node || !node->isScalar())
        return {};
    const ComposeInterpolation result
        = ComposeInterpolation::apply(node->scalar, m_request.variables);
    if (!result.error.isEmpty())
        note(ImportNote::Kind::Changed, *node, key,
             QT_TRANSLATE_NOOP("Import", "bad substitution: %1"), {result.error});
    for (const QString &unset : result.unset) {
        note(ImportNote::Kind::Changed, *node, key,
             QT_TRANSLATE_NOOP("Import",
                               "${%1} is not set (no .env value, no default): replaced by empty "
                               "text"),
             {unset});
    }
    return result.text;
}

void ComposeContext::leftOut(const YamlNode &map, const QString &key, const QStringList &handled)
{
    for (size_t i = 0; i < map.keys.size(); ++i) {
        const QString &name = map.keys[i].scalar;
        if (handled.contains(name))
            continue;
        const QString path = key.isEmpty() ? name : key + QLatin1Char('.') + name;
        if (name.startsWith(QLatin1String("x-"))) {
            note(ImportNote::Kind::Info, map.keys[i], path,
                 QT_TRANSLATE_NOOP("Import",
                                   "extension field: read only where YAML anchors use it"));
        } else {
            note(ImportNote::Kind::LeftOut, map.keys[i], path,
                 QT_TRANSLATE_NOOP("Import", "not modelled"));
        }
    }
}

const QMap<QString, QString> &ComposeContext::variables() const
{
    return m_request.variables;
}

bool ComposeContext::profileActive(const QStringList &profiles) const
{
    if (profiles.isEmpty())
        return true;
    for (const QString &profile : profiles) {
        if (m_request.profiles.contains(profile)
            || m_request.profiles.contains(QStringLiteral("*")))
            return true;
    }
    return false;
}

} // namespace Stackdraft::Core
