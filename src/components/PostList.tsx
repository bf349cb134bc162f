import { PostCard, type PostSummary } from "./PostCard";

/** A grid of post cards; the first `eagerImages` images load at once because they are above the fold. */
export function PostList({ posts, headingLevel = 2, eagerImages = 0 }: { posts: readonly PostSummary[]; headingLevel?: 2 | 3; eagerImages?: number }) {
  return (
    <ul className="post-list">
      {posts.map((post, index) => (
        <li key={post.id}>
          <PostCard post={post} headingLevel={headingLevel} eager={index < eagerImages} />
        </li>
      ))}
    </ul>
  );
}
