import { describe, expect, inject, it } from "vitest";
import { builtPage, pageExists } from "../support/html";

const { siteDir, onePostDir, siteUrl } = inject("sites");

const postTitles = (urlPath: string, dir = siteDir) =>
  builtPage(
    dir,
    urlPath,
  )(".post-card .title a")
    .map((_, el) => builtPage(dir, urlPath)(el).text())
    .get();

describe("the home page", () => {
  const $ = builtPage(siteDir, "/");

  it("shows featured posts first, newest first, then the latest other posts", () => {
    const sections = $("main section[aria-labelledby]");
    expect(sections.eq(0).find("h2").text()).toBe("Featured");
    expect(
      sections
        .eq(0)
        .find(".post-card .title")
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(["A featured post with an image in its body", "A Legacy-Format Post: Reading About Kratom and 7-OH"]);
    expect(sections.eq(1).find("h2").text()).toBe("Latest articles");
    expect(sections.eq(1).find(".post-card .title").first().text()).toBe("Tags written in different ways");
    expect(sections.eq(1).find(".post-card")).toHaveLength(6);
  });

  it("has a title, a description, a canonical URL and the landmarks a screen reader needs", () => {
    expect($("html").attr("lang")).toBe("en");
    expect($("head title").text()).toBe("Kratom Facts");
    expect($('head meta[name="description"]').attr("content")).toMatch(/sourced information/);
    expect($('head link[rel="canonical"]').attr("href")).toBe(`${siteUrl}/`);
    expect($('a.skip-link[href="#main"]')).toHaveLength(1);
    expect($("header nav[aria-label]")).toHaveLength(1);
    expect($("main#main")).toHaveLength(1);
    expect($("footer")).toHaveLength(1);
  });
});

describe("a post page", () => {
  const $ = builtPage(siteDir, "/blog/featured-with-body-image/");

  it("shows its title, date, description and tags linked to their tag pages", () => {
    expect($("main h1").text()).toBe("A featured post with an image in its body");
    expect($(".article-meta time").first().attr("datetime")).toBe("2024-11-05T08:30:00.000Z");
    expect($(".article-meta time").first().text()).toBe("November 5, 2024");
    expect($(".article-description").text()).toBe("The body image goes through the same image pipeline as featured images.");
    expect(
      $(".article-header .tag-list a")
        .map((_, el) => [[$(el).text(), $(el).attr("href")]])
        .get(),
    ).toEqual([
      ["Labels", "/tags/labels/"],
      ["Kratom", "/tags/kratom/"],
    ]);
  });

  it("shows its featured image as a responsive AVIF/WebP picture with its size reserved, loaded eagerly", () => {
    const image = $(".article-image picture");
    expect(image.find('source[type="image/avif"]').attr("srcset")).toMatch(/\.avif \d+w/);
    expect(image.find('source[type="image/webp"]').attr("srcset")).toMatch(/\.webp \d+w/);
    // Width and height reserve the image's box before it loads, so the text never jumps.
    const img = image.find("picture > img");
    expect([img.attr("width"), img.attr("height")]).toEqual(["1200", "675"]);
    expect(img.attr("src")).toMatch(/\.jpg$/);
    expect(img.attr("loading")).toBe("eager");
    expect(img.attr("alt")).toBe("Illustration of a product label with lines of small print and a magnifying glass over its corner.");
  });

  it("processes images in the Markdown body too", () => {
    const body = $(".article-body");
    expect(body.find(".gatsby-resp-image-wrapper")).toHaveLength(1);
    expect(body.find('source[type="image/avif"]').attr("srcset")).toMatch(/\.avif \d+w/);
    expect(body.find("img").attr("alt")).toBe("A diagram of a molecule changing into another");
    expect(body.find("img").attr("loading")).toBe("lazy");
  });

  it("has its own title, description and canonical URL in the head", () => {
    expect($("head title").text()).toBe("A featured post with an image in its body | Kratom Facts");
    expect($('head link[rel="canonical"]').attr("href")).toBe(`${siteUrl}/blog/featured-with-body-image/`);
  });
});

describe("a legacy-format post", () => {
  const $ = builtPage(siteDir, "/blog/legacy-format-post/");

  it("builds unchanged: bold headings, its images and its tags", () => {
    expect($("main h1").text()).toBe("A Legacy-Format Post: Reading About Kratom and 7-OH");
    expect($(".article-body h2 strong").first().text()).toBe("Where the fixture starts");
    expect($(".article-body .gatsby-resp-image-wrapper")).toHaveLength(2);
    expect($(".article-header .tag-list a")).toHaveLength(5);
    expect($(".article-image img").attr("alt")).toBe("");
  });

  it("renders the indented blocks after its list inside the last list item, as Markdown says", () => {
    expect($(".article-body ol > li").last().find("h2").text()).toBe("Indented After the List");
  });
});

describe("the blog index", () => {
  it("is paginated twelve to a page with previous and next links", () => {
    expect(postTitles("/blog/")).toHaveLength(12);
    expect(postTitles("/blog/2/")).toHaveLength(12);
    const $first = builtPage(siteDir, "/blog/");
    expect($first('a[rel="next"]').attr("href")).toBe("/blog/2/");
    expect($first('a[rel="prev"]')).toHaveLength(0);
    const $second = builtPage(siteDir, "/blog/2/");
    expect($second('a[rel="prev"]').attr("href")).toBe("/blog/");
    expect($second('a[rel="next"]').attr("href")).toBe("/blog/3/");
    expect($second('[aria-current="page"]').text()).toBe("2");
    expect(builtPage(siteDir, "/blog/3/")('a[rel="next"]')).toHaveLength(0);
  });

  it("lists every published post exactly once, newest first", () => {
    const all = ["/blog/", "/blog/2/", "/blog/3/"].flatMap((page) => postTitles(page));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(6 + 21);
    expect(all[0]).toBe("A featured post with an image in its body");
    expect(pageExists(siteDir, "/blog/4/")).toBe(false);
  });
});

describe("tags", () => {
  const $index = builtPage(siteDir, "/tags/");
  const indexEntries = $index(".tags-index li")
    .map((_, el) => [[$index(el).find("a").text(), $index(el).find("a").attr("href"), $index(el).find(".tag-count").text()]])
    .get() as [string, string, string][];

  it("the index lists each tag once with its article count, most used first", () => {
    expect(indexEntries[0]).toEqual(["Pain Relief", "/tags/pain-relief/", "13 articles"]);
    expect(indexEntries).toContainEqual(["Kratom", "/tags/kratom/", "2 articles"]);
    expect(indexEntries).toContainEqual(["Sleep", "/tags/sleep/", "2 articles"]);
  });

  it("puts tags that differ only in case or spacing on one page", () => {
    expect(indexEntries.filter(([, href]) => href?.startsWith("/tags/pain"))).toHaveLength(1);
    const $post = builtPage(siteDir, "/blog/tag-spelling/");
    expect(
      $post(".article-header .tag-list a")
        .map((_, el) => $post(el).attr("href"))
        .get(),
    ).toEqual(["/tags/pain-relief/", "/tags/sleep/"]);
    expect(postTitles("/tags/pain-relief/")).toContain("Tags written in different ways");
  });

  it("paginates a long tag page", () => {
    expect(postTitles("/tags/pain-relief/")).toHaveLength(12);
    expect(postTitles("/tags/pain-relief/2/")).toHaveLength(1);
    expect(builtPage(siteDir, "/tags/pain-relief/")('a[rel="next"]').attr("href")).toBe("/tags/pain-relief/2/");
  });
});

describe("drafts", () => {
  it("never reach a production build", () => {
    expect(pageExists(siteDir, "/blog/unfinished-draft/")).toBe(false);
    expect(pageExists(siteDir, "/tags/drafts-only/")).toBe(false);
    expect(builtPage(siteDir, "/tags/").text()).not.toContain("Drafts Only");
    const everyList = ["/", "/blog/", "/blog/2/", "/blog/3/"].map((page) => builtPage(siteDir, page).text()).join(" ");
    expect(everyList).not.toContain("An unfinished draft");
  });
});

describe("other pages", () => {
  it("builds pages from the pages folder and a 404 page", () => {
    expect(builtPage(siteDir, "/about/")("main h1").text()).toBe("About this fixture site");
    expect(builtPage(siteDir, "/404.html")("main h1").text()).toBe("Page not found");
  });
});

describe("a site with one post and no featured post", () => {
  it("builds a home page with no featured section and the post in the latest list", () => {
    const $ = builtPage(onePostDir, "/");
    expect($("#featured-heading")).toHaveLength(0);
    expect(postTitles("/", onePostDir)).toEqual(["A post with only the required fields"]);
  });

  it("builds a one-page blog index without pagination and an empty tag index", () => {
    expect(postTitles("/blog/", onePostDir)).toHaveLength(1);
    expect(builtPage(onePostDir, "/blog/")(".pagination")).toHaveLength(0);
    expect(builtPage(onePostDir, "/tags/")(".tags-index li")).toHaveLength(0);
    expect(builtPage(onePostDir, "/blog/plain-post/")("main h1").text()).toBe("A post with only the required fields");
  });
});
