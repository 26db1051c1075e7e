//! The HTML report in a real browser: headless Chromium opens the index (`synthese.html`) and a
//! question page of the shipped corpus's report from `file://` addresses (no network), and the
//! DOM it built is checked: the summary comes before everything else, the theme tree is in
//! order, the counts shown are those of run.json, the links lead to pages of the folder, nothing
//! overflows a 1400 px window, and contributed markup stayed text. Skipped, with a message, where Chromium is not installed (`.ci/run` installs it from
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

/// Whether the page is wider than a 1400 px window: a copy of it (the report itself holds no
/// script) with a script that writes the page's width into its title.
fn overflows_at_1400px(browser: &Path, page: &Path) -> bool {
    let copy = page.parent().unwrap().join(".browser-test-width.html");
    let html = std::fs::read_to_string(page).unwrap().replace(
        "</body>",
        "<script>document.title='width '+document.documentElement.scrollWidth+' of '+window.innerWidth;</script></body>",
    );
    std::fs::write(&copy, html).unwrap();
    let dumped = headless(browser, &["--window-size=1400,900", "--dump-dom"], &copy);
    std::fs::remove_file(&copy).unwrap();
    let dom = String::from_utf8(dumped.stdout).unwrap();
    let title = &dom[dom.find("<title>width ").expect("the measuring script ran") + 13..];
    let title = &title[..title.find("</title>").unwrap()];
    let (width, window) = title.split_once(" of ").unwrap();
    let (width, window): (u32, u32) = (width.parse().unwrap(), window.parse().unwrap());
    assert!(window >= 1300, "the window is {window} px wide");
    width > window
}

#[test]
fn the_report_renders_in_chromium_summary_first_with_the_counts_of_run_json() {
    let browser = browser_or_skip!();
    let out = temp();
    synthese_ok(&["run", "-q", "--out", s(out.path())]);
    let run = run_json(out.path());
    let index = out.path().join("synthese.html");
    let dumped = headless(&browser, &["--dump-dom"], &index);
    assert!(dumped.status.success(), "chromium failed: {}", String::from_utf8_lossy(&dumped.stderr));
    let dom = String::from_utf8(dumped.stdout).unwrap();
    assert!(dom.contains("<h1>Synthèse des contributions</h1>"));
    assert!(!dom.contains("<script"), "no script in the page");
    // What people said comes first: the summary, then the warnings; provenance and method are
    // on a page of their own.
    let summary = dom.find("id=\"summary\"").expect("a summary");
    let more = dom.find("id=\"more\"").expect("links to the details");
    assert!(summary < more && !dom[..summary].contains("<table"), "the summary is the first thing");
    if let Some(warnings) = dom.find("id=\"warnings\"") {
        assert!(summary < warnings && warnings < more);
    }
    assert!(!dom.contains("id=\"provenance\""), "provenance is on its own page");
    // One summary row per question, linking to its page, which exists.
    let rows: Vec<&str> = dom.split("<tr data-question=\"").skip(1).collect();
    assert_eq!(rows.len(), questions(&run).len());
    for q in questions(&run) {
        let page = q["page"].as_str().unwrap();
        assert!(dom.contains(&format!("href=\"{page}\"")), "the index links to {page}");
        assert!(out.path().join(page).exists(), "{page}");
    }
    assert!(!overflows_at_1400px(&browser, &index), "the index is wider than a 1400 px window");

    // A question page: its chart, its theme tree in order (top-level themes by share, each
    // followed by its sub-themes by share), the counts of run.json, a link back to the index.
    let q127 = question(&run, "127");
    let page = out.path().join(q127["page"].as_str().unwrap());
    let dumped = headless(&browser, &["--dump-dom"], &page);
    let dom = String::from_utf8(dumped.stdout).unwrap();
    assert!(dom.contains("href=\"../synthese.html\""), "a link back to the index");
    assert_eq!(dom.matches("<figure class=\"question-chart\">").count(), q127["views"].as_array().unwrap().len());
    assert!(dom.matches("<rect class=\"bar\"").count() >= 20, "bars drawn");
    let shown = html_themes(&dom);
    let key = ("granddebat.fr".to_owned(), q127["number"].to_string());
    assert_eq!(shown[&key], json_themes(&run)[&key]);
    for table in dom.split("<table class=\"themes\"").skip(1) {
        let table = &table[..table.find("</table>").unwrap()];
        let rows: Vec<(usize, u64)> = table
            .split("<tr class=\"theme d")
            .skip(1)
            .map(|r| (r[..1].parse().unwrap(), cell(r, "n answers").unwrap().trim().parse().unwrap()))
            .collect();
        // Enough rows for the order to be tested (Immigration's table on Q127 has 5 since phrases
        // match their stop words).
        assert!(rows.len() > 2, "{} rows", rows.len());
        // Siblings (same depth, same parent run) never grow; a deeper row follows its parent.
        let mut last_at_depth: Vec<Option<u64>> = vec![None; 5];
        let mut previous_depth = 0;
        for (depth, n) in rows {
            assert!(depth <= previous_depth + 1, "a sub-theme without its parent above it");
            last_at_depth[depth + 1..].fill(None);
            if let Some(before) = last_at_depth[depth] {
                assert!(n <= before, "themes out of order: {n} after {before}");
            }
            last_at_depth[depth] = Some(n);
            previous_depth = depth;
        }
    }
    assert!(!overflows_at_1400px(&browser, &page), "the question page is wider than a 1400 px window");

    // The pages lay out and draw something (an empty page is a few KB).
    for (name, page) in [("index", &index), ("question", &page)] {
        let shot_dir = temp();
        let shot = shot_dir.path().join("page.png");
        let taken = headless(
            &browser,
            &["--window-size=1400,900", "--hide-scrollbars", &format!("--screenshot={}", shot.display())],
            page,
        );
        assert!(taken.status.success(), "screenshot failed: {}", String::from_utf8_lossy(&taken.stderr));
        let png = std::fs::read(&shot).unwrap();
        assert!(png.starts_with(b"\x89PNG") && png.len() > 40_000, "a drawn {name} page ({} bytes)", png.len());
    }
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
    let run = run_json(&out);
    let index = headless(&browser, &["--dump-dom"], &out.join("synthese.html"));
    let question = headless(&browser, &["--dump-dom"], &out.join(questions(&run)[0]["page"].as_str().unwrap()));
    let index = String::from_utf8(index.stdout).unwrap();
    assert!(index.contains("<title>Synthèse des contributions</title>"), "no script ran");
    let question = String::from_utf8(question.stdout).unwrap();
    assert!(question.contains("<title>") && !question.contains("pwned</title>"), "no script ran");
    let dom = index + &question;
    let tags = start_tags(&dom);
    assert!(tags.len() > 100, "the page was parsed");
    for (name, attrs) in &tags {
        assert!(!["script", "img", "iframe", "object", "embed"].contains(&name.as_str()), "a <{name}> element");
        assert!(!attribute_names(attrs).iter().any(|a| a.starts_with("on")), "an event attribute on <{name}{attrs}>");
        if let Some(href) = attr(&format!("<{name}{attrs}>"), "href") {
            assert!(!href.contains(':'), "a link out of the report: {href}");
        }
    }
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "shown as text");
    assert!(dom.contains("&lt;img src=x onerror=alert(3)&gt;"), "shown as text");
}
