// `gatsby develop` only: production reader pages load no Gatsby runtime (see gatsby-ssr.tsx), and
// the build inlines this stylesheet into every page.
import "./src/styles/site.scss";
