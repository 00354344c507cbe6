#include "core/export/mountedfiles.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// Where the files a container gets (MountedFiles: generated and the architect's own) cannot be
// mounted as drawn: a file where another file's directory must be, a file over or inside the data
// volume, and on aws-ecs, where a task volume replaces a file's whole directory (TaskFiles), a
// file in the root directory or more text than a task definition holds.
class MountedFileRule final : public Rule
{
public:
    // The files of one task travel in its task definition, which ECS limits to 64 KiB in all.
    static constexpr qint64 MaxEcsBytes = 32 * 1024;

    QString id() const override { return QStringLiteral("SD-FILE-MOUNT"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A file mounted where a directory or a volume already is makes the container fail "
            "to start.");
    }
    QList<Problem> check(const Project &, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        for (const Workload &w : context.workloads) {
            if (w.realisation.isManaged())
                continue; // not a container of ours: it mounts nothing
            // Only ECS counts the bytes; elsewhere the paths are the whole question.
            const QList<ConfigFile> files = MountedFiles::of(
                context.resolver, env, context.catalog, w,
                env.platform == Platform::AwsEcs ? ServiceConfig::Contents::Bytes
                                                 : ServiceConfig::Contents::PathsOnly);
            if (files.isEmpty())
                continue;
            const QString componentId = w.component->id;
            auto report = [&](const ConfigFile &file, const Message &why, const Message &fix) {
                problems << problem(
                    ProblemLocation::inComponent(env.id, componentId, fieldOf(w, file)), why, fix);
            };
            qint64 bytes = 0;
            for (const ConfigFile &file : files) {
                bytes += file.content.size();
                const QString &path = file.mountPath;
                for (const ConfigFile &other : files) {
                    if (other.mountPath.startsWith(path + QLatin1Char('/')))
                        report(file,
                               text(QT_TRANSLATE_NOOP("Validation",
                                                      "%1 mounts a file at %2, where %3 needs "
                                                      "a directory"))
                                   .arg(componentId, path, other.mountPath),
                               text(QT_TRANSLATE_NOOP("Validation",
                                                      "mount one of them at another path")));
                }
                const QString data = w.stateful ? w.dataPath : QString();
                if (!data.isEmpty()
                    && (path == data || data.startsWith(path + QLatin1Char('/'))
                        || path.startsWith(data + QLatin1Char('/'))))
                    report(file,
                           text(QT_TRANSLATE_NOOP("Validation",
                                                  "%1 mounts %2 over its data volume at %3"))
                               .arg(componentId, path, data),
                           text(QT_TRANSLATE_NOOP("Validation",
                                                  "mount the file outside %1 and point the image "
                                                  "at it (an argument or a variable)"))
                               .arg(data));
                if (env.platform == Platform::AwsEcs && path.lastIndexOf(QLatin1Char('/')) == 0)
                    report(file,
                           text(QT_TRANSLATE_NOOP("Validation",
                                                  "%1 mounts %2 in the root directory, which ECS "
                                                  "cannot replace with a volume"))
                               .arg(componentId, path),
                           text(QT_TRANSLATE_NOOP("Validation",
                                                  "mount it in a directory of its own")));
            }
            if (env.platform == Platform::AwsEcs && bytes > MaxEcsBytes)
                report(files.constFirst(),
                       text(QT_TRANSLATE_NOOP("Validation",
                                              "the files mounted into %1 hold %2 bytes; on ECS "
                                              "they travel in the task definition, which takes "
                                              "at most %3"))
                           .arg(componentId)
                           .arg(bytes)
                           .arg(MaxEcsBytes),
                       text(QT_TRANSLATE_NOOP("Validation",
                                              "make the files smaller, or bake them into the "
                                              "image")));
        }
        return problems;
    }

private:
    // The architect's file by its place in `files:`; a generated one by the component itself.
    static QString fieldOf(const Workload &w, const ConfigFile &file)
    {
        const QList<MountedFile> &own = w.component->files;
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (own.at(i).path == file.mountPath)
                return QStringLiteral("files[%1]").arg(i);
        }
        return QStringLiteral("files");
    }
};

} // namespace

std::unique_ptr<Rule> makeMountedFileRule()
{
    return std::make_unique<MountedFileRule>();
}

} // namespace Stackdraft::Core::Rules
