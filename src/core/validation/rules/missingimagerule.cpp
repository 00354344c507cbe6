#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// A container we run needs an image: the component's, one built from its context, or the
// catalog type's default. Without one every generator refuses the environment.
class MissingImageRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-IMAGE"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A container with no image, no build context and no catalog default "
            "cannot be generated.");
    }
    QList<Problem> check(const Project &, const Environment &env,
                         const RuleContext &context) const override
    {
        QList<Problem> problems;
        for (const Workload &w : context.workloads) {
            if (!w.image.isEmpty() || !w.build.isEmpty())
                continue;
            problems << problem(
                ProblemLocation::inComponent(env.id, w.component->id, QStringLiteral("image")),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 has no image, no build context, and its type %2 has no "
                                       "default image"))
                    .arg(w.component->id, w.component->type),
                text(QT_TRANSLATE_NOOP("Validation", "set an image or a build context")));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeMissingImageRule()
{
    return std::make_unique<MissingImageRule>();
}

} // namespace Stackdraft::Core::Rules
