package dev.tsunagu.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Japanese and English rendering: by ?lang=, by the browser's language, and remembered. */
class LanguageTest extends BrowserTest {

    @Test
    void japaneseBrowserGetsJapaneseAndTheChoiceIsRemembered() {
        Page page = newPerson("ja-JP");
        page.navigate(url("/login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインイン"))).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("ユーザー名")).fill("agent1");
        page.getByLabel("パスワード").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインイン")).click();
        page.waitForURL(url("/agent"));
        var status = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("エージェントステータス"));
        assertThat(status).isVisible();
        assertThat(status.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("休憩"))).hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインアウト"))).isVisible();

        page.navigate(url("/agent?lang=en"));
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent status"))).isVisible();
        page.navigate(url("/agent"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    @Test
    void langParameterSwitchesAnEnglishBrowserToJapanese() {
        Page page = newPerson("en-US");
        page.navigate(url("/login?lang=ja"));
        assertThat(page.getByLabel("パスワード")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
    }
}
