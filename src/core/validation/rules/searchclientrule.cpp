#include "core/derived/searchclient.h"
#include "core/validation/rules/rulehelpers.h"
#include "core/validation/rules/standardrules.h"

#include <QCoreApplication>

namespace Stackdraft::Core::Rules {
namespace {

// A search client's image must speak its server's product and major version (SearchClient): Kibana
// refuses OpenSearch and an Elasticsearch of another major version, OpenSearch Dashboards the
// reverse, Logstash's elasticsearch output refuses OpenSearch. A client the platform adapts to a
// server realised as another product (Kibana in front of an OpenSearch domain) is not reported:
// it runs the matching image.
class SearchClientRule final : public Rule
{
public:
    QString id() const override { return QStringLiteral("SD-SEARCH-CLIENT"); }
    Severity severity() const override { return Severity::Error; }
    QString rationale() const override
    {
        return QCoreApplication::translate(
            "Validation",
            "A dashboard or log pipeline refuses a search server of another product or major "
            "version: it would start and never connect.");
    }
    QList<Problem> check(const Project &project, const Environment &env,
                         const RuleContext &context) const override
    {
        Q_UNUSED(project);
        QList<Problem> problems;
        for (const DeployedComponent &x : context.deployed) {
            if (!x.realisation.runsContainers()
                || SearchClient::toolOf(SearchClient::statedImage(*x.component, context.catalog))
                    == SearchClient::Tool::None)
                continue;
            const SearchClient client
                = SearchClient::of(context.resolver, env, context.catalog, *x.component);
            if (!client.isClient() || client.compatible())
                continue;
            problems << problem(
                ProblemLocation::inComponent(env.id, x.component->id, QStringLiteral("image")),
                text(QT_TRANSLATE_NOOP("Validation",
                                       "%1 runs %2, which cannot talk to %3 (%4 here)"))
                    .arg(x.component->id, client.image, client.server, client.product.text()),
                text(QT_TRANSLATE_NOOP("Validation", "use the image %1, or change %2's image"))
                    .arg(client.matchingImage(), client.server));
        }
        return problems;
    }
};

} // namespace

std::unique_ptr<Rule> makeSearchClientRule()
{
    return std::make_unique<SearchClientRule>();
}

} // namespace Stackdraft::Core::Rules
