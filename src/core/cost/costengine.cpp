#include "core/cost/costengine.h"

#include "core/cost/componentcosts.h"
#include "core/cost/costbuilder.h"
#include "core/cost/environmentcosts.h"
#include "core/cost/pricebookstrings.h"

namespace Stackdraft::Core {

QString CostEngine::priceBookId(const Environment &environment)
{
    if (!environment.priceBook.isEmpty())
        return environment.priceBook;
    if (environment.platform != Platform::Compose && !environment.region.isEmpty())
        return QStringLiteral("aws-") + environment.region;
    return QStringLiteral("self-hosted");
}

CostReport CostEngine::estimate(const Project &project, const Environment &environment,
                                const Catalog &catalog, const PriceBooks &books,
                                const ProjectIndex *index)
{
    CostReport report;
    report.environment = environment.id;
    report.budget = environment.budget.monthlyCost;
    report.display = project.currency;
    const QString bookId = priceBookId(environment);
    const PriceBook book = books.book(bookId);
    if (!book.isValid()) {
        report.priceBookNote
            = CostBuilder::text(QT_TRANSLATE_NOOP("CostEngine", "no price book '%1' is installed"))
                  .arg(bookId);
        CostBuilder builder(project, environment, catalog, book, index);
        for (const CostedDeployment &d : builder.deployments()) {
            if (d.realisation.isDeployed())
                builder.addUnpriced(d.component->id,
                                    CostBuilder::text(QT_TRANSLATE_NOOP("CostEngine", "all")),
                                    report.priceBookNote);
        }
        report.lines = builder.takeLines();
        return report;
    }
    report.priceBook = book.id();
    report.priceBookLabel = PriceBookStrings::text(book.label());
    report.priceBookNote = PriceBookStrings::text(book.note());
    report.currency = book.currency();
    report.hoursPerMonth = book.hoursPerMonth();
    CostBuilder builder(project, environment, catalog, book, index);
    for (const CostedDeployment &d : builder.deployments())
        ComponentCosts::price(builder, d);
    EnvironmentCosts::price(builder);
    report.lines = builder.takeLines();
    return report;
}

} // namespace Stackdraft::Core
