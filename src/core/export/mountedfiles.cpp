#include "mountedfiles.h"

#include "core/export/workload.h"
#include "core/model/component.h"

#include <QHash>

namespace Stackdraft::Core {

QString MountedFiles::uniqueName(const QString &path, const QStringList &taken)
{
    QString base = path.section(QLatin1Char('/'), -1);
    for (QChar &c : base) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed)
            c = QLatin1Char('-');
    }
    if (base.isEmpty() || base == QLatin1String(".") || base == QLatin1String(".."))
        base = QStringLiteral("file");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(n).arg(base);
    return name;
}

QList<ConfigFile> MountedFiles::of(const EnvResolver &resolver, const Environment &env,
                                   const Catalog &catalog, const Workload &workload,
                                   ServiceConfig::Contents contents)
{
    QList<ConfigFile> files = ServiceConfig::files(resolver, env, catalog, workload, contents);
    if (!workload.component || workload.component->files.isEmpty())
        return files;
    QHash<QString, qsizetype> byPath;
    QStringList names;
    for (qsizetype i = 0; i < files.size(); ++i) {
        byPath.insert(files.at(i).mountPath, i);
        names << files.at(i).name;
    }
    for (const MountedFile &own : workload.component->files) {
        const ConfigFile::Origin origin
            = own.isInline() ? ConfigFile::Origin::Inline : ConfigFile::Origin::Source;
        const auto generated = byPath.constFind(own.path);
        if (generated != byPath.cend()) {
            ConfigFile &file = files[*generated];
            file.content = own.content;
            file.origin = origin;
            file.source = own.source;
            continue;
        }
        ConfigFile file;
        file.name = uniqueName(own.path, names);
        file.mountPath = own.path;
        file.content = own.content;
        file.origin = origin;
        file.source = own.source;
        names << file.name;
        files << file;
    }
    return files;
}

} // namespace Stackdraft::Core
