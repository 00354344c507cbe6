#include "app/palettemime.h"
#include "app/palettetree.h"
#include "app/palettewidget.h"
#include "core/catalog/catalog.h"
#include "sampleproject.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestPaletteWidget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryCatalogTypeByCategoryWithIcons();
    void filterKeepsMatches_data();
    void filterKeepsMatches();
    void enterInTheFilterAddsTheFirstMatch();
    void projectSectionMarksDeployedComponents();
    void dragCarriesTheTypeOrTheComponent();
    void enterOnAnItemActivatesIt();

private:
    Core::Catalog m_catalog;
};

void TestPaletteWidget::initTestCase()
{
    m_catalog = Core::Catalog::load({});
}

void TestPaletteWidget::listsEveryCatalogTypeByCategoryWithIcons()
{
    PaletteWidget palette(m_catalog);
    QStringList types;
    for (QTreeWidgetItem *item : palette.visibleEntries()) {
        QCOMPARE(PaletteTree::kind(item), PaletteTree::Kind::Type);
        QVERIFY2(!item->icon(0).isNull(), qPrintable(PaletteTree::id(item)));
        // The icon is an SVG drawn at the size asked: crisp at any device pixel ratio.
        QVERIFY(!item->icon(0).pixmap(QSize(48, 48), 2.0).isNull());
        QCOMPARE(PaletteWidget::categoryName(m_catalog.type(PaletteTree::id(item)).category()),
                 item->parent()->text(0));
        types << PaletteTree::id(item);
    }
    types.sort();
    QCOMPARE(types, m_catalog.ids());
}

void TestPaletteWidget::filterKeepsMatches_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("label") << "redis" << QStringList {QStringLiteral("redis")};
    QTest::addRow("case") << "MYSQL" << QStringList {QStringLiteral("mysql")};
    QTest::addRow("id part") << "gres" << QStringList {QStringLiteral("postgresql")};
    QTest::addRow("nothing") << "zzzz" << QStringList {};
}

void TestPaletteWidget::filterKeepsMatches()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    PaletteWidget palette(m_catalog);
    QTest::keyClicks(palette.filterEdit(), filter);
    QStringList shown;
    for (QTreeWidgetItem *item : palette.visibleEntries())
        shown << PaletteTree::id(item);
    QCOMPARE(shown, expected);
    palette.filterEdit()->clear();
    QCOMPARE(palette.visibleEntries().size(), m_catalog.types().size());
}

void TestPaletteWidget::enterInTheFilterAddsTheFirstMatch()
{
    PaletteWidget palette(m_catalog);
    QSignalSpy activated(&palette, &PaletteWidget::typeActivated);
    QTest::keyClicks(palette.filterEdit(), QStringLiteral("rabbit"));
    QTest::keyClick(palette.filterEdit(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("rabbitmq"));
}

void TestPaletteWidget::projectSectionMarksDeployedComponents()
{
    const Core::Project project = SampleProject::make();
    PaletteWidget palette(m_catalog);
    palette.showProject(&project, QStringLiteral("development"), QStringLiteral("Development"));
    QHash<QString, bool> marked;
    for (QTreeWidgetItem *item : palette.visibleEntries()) {
        if (PaletteTree::kind(item) == PaletteTree::Kind::Component)
            marked.insert(PaletteTree::id(item), !item->text(1).isEmpty());
    }
    QCOMPARE(marked.size(), project.components.size());
    // development deploys web, api and db.
    QCOMPARE(marked.value(QStringLiteral("web")), true);
    QCOMPARE(marked.value(QStringLiteral("db")), true);
    QCOMPARE(marked.value(QStringLiteral("cache")), false);
    QCOMPARE(marked.value(QStringLiteral("users")), false);
    palette.showProject(nullptr, {}, {});
    for (QTreeWidgetItem *item : palette.visibleEntries())
        QCOMPARE(PaletteTree::kind(item), PaletteTree::Kind::Type);
}

// What a drag of `item` would carry: the model asks the tree, as a drag does.
static QMimeData *dragData(PaletteTree *tree, QTreeWidgetItem *item)
{
    tree->setCurrentItem(item);
    return tree->model()->mimeData(tree->selectionModel()->selectedIndexes());
}

void TestPaletteWidget::dragCarriesTheTypeOrTheComponent()
{
    const Core::Project project = SampleProject::make();
    PaletteWidget palette(m_catalog);
    palette.showProject(&project, QStringLiteral("production"), QStringLiteral("Production"));
    PaletteTree *tree = palette.tree();
    QTreeWidgetItem *typeItem = nullptr;
    QTreeWidgetItem *componentItem = nullptr;
    for (QTreeWidgetItem *item : palette.visibleEntries()) {
        if (PaletteTree::id(item) == QLatin1String("mysql"))
            typeItem = item;
        if (PaletteTree::id(item) == QLatin1String("api"))
            componentItem = item;
    }
    QVERIFY(typeItem && componentItem);
    std::unique_ptr<QMimeData> type(dragData(tree, typeItem));
    QCOMPARE(type->data(PaletteMime::ComponentType), QByteArray("mysql"));
    QVERIFY(!type->hasFormat(PaletteMime::Component));
    std::unique_ptr<QMimeData> component(dragData(tree, componentItem));
    QCOMPARE(component->data(PaletteMime::Component), QByteArray("api"));
    // A category is not selectable: nothing to drag.
    QVERIFY(!(typeItem->parent()->flags() & Qt::ItemIsDragEnabled));
}

void TestPaletteWidget::enterOnAnItemActivatesIt()
{
    PaletteWidget palette(m_catalog);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy activated(&palette, &PaletteWidget::typeActivated);
    QTreeWidgetItem *first = palette.visibleEntries().first();
    palette.tree()->setCurrentItem(first);
    palette.tree()->setFocus();
    QTest::keyClick(palette.tree(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), PaletteTree::id(first));
    // A double-click does the same.
    const QRect rect = palette.tree()->visualItemRect(first);
    // As a mouse does it: press and release, then the double-click on the same item.
    QTest::mouseClick(palette.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(palette.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 2);
}

QTEST_MAIN(TestPaletteWidget)
#include "tst_palettewidget.moc"
