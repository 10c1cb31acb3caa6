#include "core/democatalog.h"

namespace msp::app::demo {

const QList<ServiceSpec> &services()
{
    static const QList<ServiceSpec> list {
        {"Botox \u2013 forehead", 30, 0, 10, 360, "treatment", "", "#8fb8de", "alle"},
        {"Botox \u2013 crow's feet", 30, 0, 10, 300, "treatment", "", "#8fb8de", "alle"},
        {"Juv\u00e9derm lip filler", 60, 10, 10, 750, "treatment", "", "#c39bd3", "alle"},
        {"Voluma cheek filler", 60, 10, 10, 900, "treatment", "", "#c39bd3", "alle"},
        {"CoolSculpting", 75, 0, 15, 800, "body", "coolsculpting", "#76d7c4", "alle"},
        {"Kybella", 45, 0, 10, 650, "treatment", "", "#f0b27a", "alle"},
        {"Restylane Kysse", 60, 10, 10, 700, "treatment", "", "#d7bde2", "aspire"},
        {"Sculptra", 60, 10, 10, 850, "treatment", "", "#d2b4de", "aspire"},
        {"Dysport", 30, 0, 10, 320, "treatment", "", "#aed6f1", "aspire"},
        {"Xeomin", 30, 0, 10, 310, "treatment", "", "#a9cce3", "xperience"},
        {"Jeuveau", 30, 0, 10, 290, "treatment", "", "#85c1e9", "evolus"},
        {"Laser hair removal \u2013 small area", 30, 0, 10, 150, "laser", "laser", "#f5b7b1", ""},
        {"Laser hair removal \u2013 large area", 60, 0, 15, 350, "laser", "laser", "#f1948a", ""},
        {"IPL photofacial", 45, 0, 15, 400, "laser", "laser", "#f8c471", ""},
        {"HydraFacial", 60, 0, 10, 225, "facial", "", "#a3e4d7", ""},
        {"Chemical peel", 45, 0, 10, 180, "facial", "", "#abebc6", ""},
        {"Microneedling", 60, 0, 15, 350, "facial", "", "#f9e79f", ""},
        {"Dermaplaning", 30, 0, 10, 95, "facial", "", "#d5f5e3", ""},
        {"Consultation", 30, 0, 0, 0, "treatment", "", "#d5dbdb", ""},
        {"Follow-up check", 15, 0, 0, 0, "treatment", "", "#e5e8e8", ""},
    };
    return list;
}

const QStringList &givenNames()
{
    static const QStringList names {
        QStringLiteral("Olivia"),    QStringLiteral("Emma"),    QStringLiteral("Ava"),       QStringLiteral("Sophia"),
        QStringLiteral("Isabella"),  QStringLiteral("Mia"),     QStringLiteral("Charlotte"), QStringLiteral("Amelia"),
        QStringLiteral("Harper"),    QStringLiteral("Evelyn"),  QStringLiteral("Abigail"),   QStringLiteral("Emily"),
        QStringLiteral("Elizabeth"), QStringLiteral("Sofía"),   QStringLiteral("Avery"),     QStringLiteral("Ella"),
        QStringLiteral("Scarlett"),  QStringLiteral("Grace"),   QStringLiteral("Chloé"),     QStringLiteral("Victoria"),
        QStringLiteral("Zoë"),       QStringLiteral("Lucía"),   QStringLiteral("Renée"),     QStringLiteral("Maya"),
        QStringLiteral("Priya"),     QStringLiteral("Aaliyah"), QStringLiteral("Mei"),       QStringLiteral("Hana"),
        QStringLiteral("Nadia"),     QStringLiteral("Daniela"), QStringLiteral("James"),     QStringLiteral("Michael"),
        QStringLiteral("William"),   QStringLiteral("David"),   QStringLiteral("José"),      QStringLiteral("Daniel"),
        QStringLiteral("Matthew"),   QStringLiteral("Andrés"),  QStringLiteral("Noah"),      QStringLiteral("Liam"),
    };
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names {
        QStringLiteral("Smith"),     QStringLiteral("Johnson"),  QStringLiteral("Williams"),  QStringLiteral("Brown"),
        QStringLiteral("Jones"),     QStringLiteral("García"),   QStringLiteral("Miller"),    QStringLiteral("Davis"),
        QStringLiteral("Rodríguez"), QStringLiteral("Martínez"), QStringLiteral("Hernández"), QStringLiteral("López"),
        QStringLiteral("González"),  QStringLiteral("Wilson"),   QStringLiteral("Anderson"),  QStringLiteral("Thomas"),
        QStringLiteral("Taylor"),    QStringLiteral("Moore"),    QStringLiteral("Jackson"),   QStringLiteral("Martin"),
        QStringLiteral("Lee"),       QStringLiteral("Pérez"),    QStringLiteral("Thompson"),  QStringLiteral("White"),
        QStringLiteral("Harris"),    QStringLiteral("Sánchez"),  QStringLiteral("Clark"),     QStringLiteral("Ramírez"),
        QStringLiteral("Lewis"),     QStringLiteral("Robinson"), QStringLiteral("Walker"),    QStringLiteral("Young"),
        QStringLiteral("Allen"),     QStringLiteral("King"),     QStringLiteral("Wright"),    QStringLiteral("Scott"),
        QStringLiteral("Núñez"),     QStringLiteral("Nguyen"),   QStringLiteral("Müller"),    QStringLiteral("O'Brien"),
        QStringLiteral("Patel"),     QStringLiteral("Kim"),      QStringLiteral("Chen"),      QStringLiteral("Okafor"),
        QStringLiteral("Rossi"),     QStringLiteral("Dubois"),   QStringLiteral("Kowalski"),  QStringLiteral("Haddad"),
    };
    return names;
}

const QStringList &streets()
{
    static const QStringList names {
        QStringLiteral("Maple Ave"), QStringLiteral("Oak St"),  QStringLiteral("Park Pl"),
        QStringLiteral("Cedar Ln"),  QStringLiteral("Elm St"),  QStringLiteral("Harbor Rd"),
        QStringLiteral("Hudson St"), QStringLiteral("Lake Dr"),
    };
    return names;
}

} // namespace msp::app::demo
