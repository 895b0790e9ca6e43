// sipcodes/locale.hpp: locale codes, the pages' labels in each locale, and
// texts that fall back to the base locale.
#include <sipcodes/locale.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_locale
#include <boost/test/unit_test.hpp>

using namespace sipcodes;

BOOST_AUTO_TEST_CASE(locales_and_labels)
{
    BOOST_TEST(locale_count == 5u);
    for (const char* code : {"en", "ja", "zh", "vi", "ru"}) {
        const auto l = to_locale(code);
        BOOST_TEST_REQUIRE(l.has_value());
        BOOST_TEST(locale_code(*l) == code);
    }
    BOOST_TEST((to_locale("JA") == locale::ja));
    for (const char* bad : {"", "j", "jp", "ja-JP", "english", "en ", " en", "e\0n"}) {
        BOOST_TEST(!to_locale(bad).has_value());
    }
    BOOST_TEST(label(locale::ja, page_label::when) == "このコードが表示される場合");
    BOOST_TEST(label(locale::zh, page_label::learn_more) == "了解更多");
    BOOST_TEST(label(locale::vi, page_label::key_differences) == "Sự khác biệt chính");
    BOOST_TEST(label(locale::ru, page_label::when_to_use) == "Когда что использовать");
    BOOST_TEST(label(locale::en, page_label::fix) == "How to Fix");
    BOOST_TEST(label(static_cast<locale>(9), page_label::fix).empty());
    BOOST_TEST(label(locale::en, static_cast<page_label>(9)).empty());
    // Every locale translates every text (spec/locales/); the base is the English.
    for (const status s : all_statuses) {
        BOOST_TEST(localized(s, locale::en).fix == info(s).fix);
        for (const locale l : {locale::ja, locale::zh, locale::vi, locale::ru}) {
            const localized_texts t = localized(s, l);
            BOOST_TEST((t.description != info(s).description && t.when != info(s).when && t.fix != info(s).fix));
            BOOST_TEST((!t.description.empty() && !t.when.empty() && !t.fix.empty()));
        }
    }
    BOOST_TEST(localized(status::flow_failed, static_cast<locale>(9)).fix.empty());
    // A text in one of the rows of the translation table, read whole.
    BOOST_TEST(localized(status::flow_failed, locale::ru).fix.back() == '.');
    BOOST_TEST(class_name(status_class::success, locale::zh) == "成功");
    BOOST_TEST(class_name(status_class::success, locale::en) == "Success");
}
