//! synthese.html in a real browser: headless Chromium opens the report of the shipped corpus
//! from a `file://` address (no network), and the DOM it built is checked: the page rendered,
//! the charts are there, the counts shown are those of run.json, and contributed markup stayed
//! text. Skipped, with a message, where Chromium is not installed (`.ci/run` installs it from
//! Debian's packages; set SYNTHESE_CHROMIUM to use another binary).

mod common;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SYNTHESE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Runs headless Chromium with `args` then the page's address; gives up after three minutes.
fn headless(browser: &Path, args: &[&str], page: &Path) -> std::process::Output {
    let profile = temp();
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(&url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Drain both pipes while waiting: a DOM of several MB would fill a pipe and block chromium.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("chromium did not finish within three minutes on {url}");
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    std::process::Output { status, stdout: out.join().unwrap(), stderr: err.join().unwrap() }
}

/// The start tags of a serialised DOM: (element name, attributes as written). Text never holds a
/// raw `<` once serialised; attribute values may, so quoted values are skipped.
fn start_tags(dom: &str) -> Vec<(String, String)> {
    let b = dom.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut j = start;
        let mut quote = None;
        while j < b.len() {
            match (quote, b[j]) {
                (None, b'"' | b'\'') => quote = Some(b[j]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        let tag = &dom[start..j.min(b.len())];
        let name_len = tag.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(tag.len());
        if name_len > 0 {
            out.push((tag[..name_len].to_ascii_lowercase(), tag[name_len..].to_owned()));
        }
        i = j + 1;
    }
    out
}

/// The names of the attributes written in a start tag (values skipped).
fn attribute_names(attrs: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = attrs.trim_start();
    while !rest.is_empty() {
        let end = rest.find(|c: char| c == '=' || c.is_whitespace() || c == '/').unwrap_or(rest.len());
        if end > 0 {
            names.push(rest[..end].to_ascii_lowercase());
        }
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix('=') {
            let q = after.chars().next().unwrap_or(' ');
            rest = if q == '"' || q == '\'' {
                let close = after[1..].find(q).map_or(after.len(), |i| i + 2);
                &after[close..]
            } else {
                &after[after.find(char::is_whitespace).unwrap_or(after.len())..]
            };
        } else if !rest.is_empty() {
            rest = &rest[1..];
        }
        rest = rest.trim_start();
    }
    names
}

macro_rules! browser_or_skip {
    () => {
        match chromium() {
            Some(b) => b,
            None => {
                eprintln!(
                    "SKIPPED: Chromium is not installed (/usr/bin/chromium); `apt-get install chromium` or set SYNTHESE_CHROMIUM to run the browser test"
                );
                return;
            }
        }
    };
}

#[test]
fn the_report_renders_in_chromium_with_its_charts_and_the_counts_of_run_json() {
    let browser = browser_or_skip!();
    let out = temp();
    synthese_ok(&["run", "-q", "--out", s(out.path())]);
    let page = out.path().join("synthese.html");
    let dumped = headless(&browser, &["--dump-dom"], &page);
    assert!(dumped.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dumped.stderr));
    let dom = String::from_utf8(dumped.stdout).unwrap();
    assert!(dom.contains("<nav id=\"toc\""), "the table of contents rendered");
    assert!(dom.contains("<h1>Synthèse des contributions</h1>"));
    assert!(!dom.contains("<script"), "no script in the page");

    let run = run_json(out.path());
    let questions_with_themes =
        run["groups"].as_array().unwrap().iter().filter(|g| !g["themes"].as_array().unwrap().is_empty()).count();
    let charts = dom.matches("<svg class=\"chart\"").count();
    assert!(charts > questions_with_themes, "{charts} charts for {questions_with_themes} questions with themes");
    assert!(dom.matches("<rect class=\"bar\"").count() > 500, "bars drawn");
    assert_eq!(
        dom.matches("<figure class=\"question-chart\">").count(),
        questions_with_themes,
        "one chart per question with themes"
    );

    // Every theme row shown equals run.json, through the browser's own parsing of the page.
    let shown = html_themes(&dom);
    assert_eq!(shown, json_themes(&run));
    assert!(shown.values().map(|t| t.len()).sum::<usize>() > 1000);

    // The page lays out at a laptop's width and draws something (an empty page is a few KB).
    let shot_dir = temp();
    let shot = shot_dir.path().join("report.png");
    let taken = headless(
        &browser,
        &["--window-size=1366,900", "--hide-scrollbars", &format!("--screenshot={}", shot.display())],
        &page,
    );
    assert!(taken.status.success(), "screenshot failed: {}", String::from_utf8_lossy(&taken.stderr));
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 40_000, "a drawn page ({} bytes)", png.len());
}

#[test]
fn contributed_markup_stays_text_in_chromium() {
    let browser = browser_or_skip!();
    let dir = temp();
    let input = dir.path().join("hostile.csv");
    std::fs::write(
        &input,
        "id,question,text\n\
         x1,\"<script>document.title='pwned'</script>\",\"Le maire <script>document.title='pwned'</script> doit écouter : <a href=\"\"javascript:alert(2)\"\">clic</a> \"\"><img src=x onerror=alert(3)> merci\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    synthese_ok(&["run", "-q", s(&input), "--map", "id=id,text=text,question=question", "--out", s(&out)]);
    let dumped = headless(&browser, &["--dump-dom"], &out.join("synthese.html"));
    let dom = String::from_utf8(dumped.stdout).unwrap();
    assert!(dom.contains("<title>Synthèse des contributions</title>"), "no script ran");
    let tags = start_tags(&dom);
    assert!(tags.len() > 100, "the page was parsed");
    for (name, attrs) in &tags {
        assert!(!["script", "img", "iframe", "object", "embed"].contains(&name.as_str()), "a <{name}> element");
        assert!(!attribute_names(attrs).iter().any(|a| a.starts_with("on")), "an event attribute on <{name}{attrs}>");
        if let Some(href) = attr(&format!("<{name}{attrs}>"), "href") {
            assert!(href.starts_with('#'), "a link out of the page: {href}");
        }
    }
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "shown as text");
    assert!(dom.contains("&lt;img src=x onerror=alert(3)&gt;"), "shown as text");
}
